import { randomBytes } from 'node:crypto';

/** Where the secrets came from, so start-up can say what it generated. */
export interface AuthSettings {
  /** Signs and checks session tokens (HS256). */
  jwtSecret: Uint8Array;
  /** A bearer token with read access to every user; undefined when none is configured. */
  adminToken: string | undefined;
  /** How long a session token stays valid. */
  tokenLifetimeSeconds: number;
  generated: { jwtSecret: boolean; adminToken: boolean };
}

/** 32 bytes: what HS256 needs to be as strong as its hash. */
export const MIN_SECRET_LENGTH = 32;
const DEFAULT_TOKEN_LIFETIME_SECONDS = 7 * 24 * 60 * 60;

export class AuthSettingsError extends Error {}

const isProduction = (env: NodeJS.ProcessEnv) => env.NODE_ENV === 'production';
const nonEmpty = (value: string | undefined) => (value === '' ? undefined : value);

function requireStrong(name: string, value: string): string {
  if (value.length < MIN_SECRET_LENGTH) {
    throw new AuthSettingsError(
      `${name} must be at least ${MIN_SECRET_LENGTH} characters; generate one with: openssl rand -hex 32`,
    );
  }
  return value;
}

function tokenLifetime(env: NodeJS.ProcessEnv): number {
  const raw = nonEmpty(env.REELGRAPH_TOKEN_TTL_SECONDS);
  if (raw === undefined) return DEFAULT_TOKEN_LIFETIME_SECONDS;
  const seconds = Number(raw);
  if (!Number.isInteger(seconds) || seconds < 60) {
    throw new AuthSettingsError(
      'REELGRAPH_TOKEN_TTL_SECONDS must be a whole number of seconds, at least 60',
    );
  }
  return seconds;
}

/**
 * Reads REELGRAPH_JWT_SECRET and REELGRAPH_ADMIN_TOKEN. In production both must be strong and
 * the JWT secret must be set; elsewhere missing ones are generated for this process (tokens
 * then stop working when it restarts) so a fresh clone runs with no setup.
 */
export function authSettings(env: NodeJS.ProcessEnv = process.env): AuthSettings {
  const production = isProduction(env);
  const secret = nonEmpty(env.REELGRAPH_JWT_SECRET);
  if (secret === undefined && production) {
    throw new AuthSettingsError(
      'REELGRAPH_JWT_SECRET is not set: in production it must hold a secret of at least 32 characters (e.g. openssl rand -hex 32)',
    );
  }
  const admin = nonEmpty(env.REELGRAPH_ADMIN_TOKEN);
  return {
    jwtSecret:
      secret === undefined
        ? randomBytes(MIN_SECRET_LENGTH)
        : new TextEncoder().encode(requireStrong('REELGRAPH_JWT_SECRET', secret)),
    adminToken:
      admin !== undefined
        ? requireStrong('REELGRAPH_ADMIN_TOKEN', admin)
        : production
          ? undefined
          : randomBytes(24).toString('base64url'),
    tokenLifetimeSeconds: tokenLifetime(env),
    generated: { jwtSecret: secret === undefined, adminToken: admin === undefined && !production },
  };
}

/**
 * What API workers need in their environment to sign and check tokens alike: the secrets this
 * process generated (configured ones are already in the environment they inherit).
 */
export function workerAuthEnv(auth: AuthSettings): Record<string, string> {
  const env: Record<string, string> = {};
  if (auth.generated.jwtSecret)
    env.REELGRAPH_JWT_SECRET = Buffer.from(auth.jwtSecret).toString('hex');
  if (auth.generated.adminToken && auth.adminToken !== undefined)
    env.REELGRAPH_ADMIN_TOKEN = auth.adminToken;
  return env;
}
