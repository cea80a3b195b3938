import { Request, RequestHandler, Response } from 'express';
import { ClusterMemoryStoreWorker } from '@express-rate-limit/cluster-memory-store';
import { rateLimit } from 'express-rate-limit';
import { ErrorCode } from '../errors';
import { viewerOf } from './authenticate';
import { isClusterWorker } from './cluster-worker';
import { isCredentialAttempt } from './credential-attempt';
import { RateLimitSettings } from './rate-limit-settings';

const passThrough: RequestHandler = (_request, _response, next) => next();

/** 429 with a GraphQL-shaped body: RATE_LIMITED and when to retry (also in Retry-After). */
function refuse(what: string) {
  return (_request: Request, response: Response) => {
    const retryAfterSeconds = Number(response.getHeader('Retry-After')) || 1;
    response.status(429).json({
      errors: [
        {
          message: `Too many requests ${what}; retry in ${retryAfterSeconds} s`,
          extensions: { code: ErrorCode.RateLimited, retryAfterSeconds },
        },
      ],
    });
  };
}

function limiter(
  limit: number,
  windowSeconds: number,
  options: Partial<Parameters<typeof rateLimit>[0]> & { what: string; name: string },
): RequestHandler {
  if (limit === 0) return passThrough;
  const { what, name, ...rest } = options;
  return rateLimit({
    // A cluster's workers count in the primary, so a client meets one limit however its
    // connections are spread.
    ...(isClusterWorker() ? { store: new ClusterMemoryStoreWorker({ prefix: name }) } : {}),
    windowMs: windowSeconds * 1000,
    limit,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    handler: refuse(what),
    ...rest,
  });
}

/**
 * The three limits in the order they run: per address before the token is checked (cheapest
 * refusal first), per user after it, and on signIn/signUp once the body is parsed. Counts are
 * kept in this process's memory, or in the cluster primary's for all its workers.
 */
export function rateLimits(settings: RateLimitSettings) {
  return {
    perIp: limiter(settings.perIp, settings.windowSeconds, {
      what: 'from this address',
      name: 'ip',
    }),
    perUser: limiter(settings.perUser, settings.windowSeconds, {
      what: 'for this user',
      name: 'user',
      skip: (_request, response) => viewerOf(response).kind === 'anonymous',
      keyGenerator: (_request, response) => {
        const viewer = viewerOf(response);
        return viewer.kind === 'user' ? `user:${viewer.userId}` : viewer.kind;
      },
    }),
    credentialAttempts: limiter(
      settings.credentialAttemptsPerIp,
      settings.credentialWindowSeconds,
      {
        what: 'to sign in or up from this address',
        name: 'credentials',
        skip: (request) => !isCredentialAttempt(request.body),
      },
    ),
  };
}
