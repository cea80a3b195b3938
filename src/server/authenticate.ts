import { RequestHandler, Response } from 'express';
import { InvalidTokenError, Tokens } from '../auth/tokens';
import { anonymous, Viewer } from '../auth/viewer';
import { ErrorCode } from '../errors';

/**
 * Reads the Authorization header once per request into `response.locals.viewer`. A bad token
 * is refused outright (401, UNAUTHENTICATED) rather than treated as anonymous, so a client
 * learns it must sign in again instead of silently seeing less.
 */
export function authenticate(tokens: Tokens): RequestHandler {
  return async (request, response, next) => {
    try {
      response.locals.viewer = await tokens.viewerOf(request.headers.authorization);
    } catch (error) {
      if (!(error instanceof InvalidTokenError)) throw error;
      response
        .status(401)
        .set('WWW-Authenticate', 'Bearer error="invalid_token"')
        .json({
          errors: [{ message: error.message, extensions: { code: ErrorCode.Unauthenticated } }],
        });
      return;
    }
    next();
  };
}

export const viewerOf = (response: Response): Viewer =>
  (response.locals.viewer as Viewer | undefined) ?? anonymous;
