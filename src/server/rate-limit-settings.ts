/** Requests allowed per window; 0 turns a limit off. */
export interface RateLimitSettings {
  windowSeconds: number;
  /** Every request to /graphql from one address (IPv6: one /56). */
  perIp: number;
  /** Every request made with one user's token (or the admin token), from any address. */
  perUser: number;
  /** signIn and signUp attempts from one address, counted over `credentialWindowSeconds`. */
  credentialAttemptsPerIp: number;
  credentialWindowSeconds: number;
}

export const DEFAULT_RATE_LIMITS: RateLimitSettings = {
  windowSeconds: 60,
  perIp: 600,
  perUser: 300,
  credentialAttemptsPerIp: 20,
  credentialWindowSeconds: 15 * 60,
};

const VARIABLES: Record<keyof RateLimitSettings, string> = {
  windowSeconds: 'REELGRAPH_RATE_LIMIT_WINDOW_SECONDS',
  perIp: 'REELGRAPH_RATE_LIMIT_PER_IP',
  perUser: 'REELGRAPH_RATE_LIMIT_PER_USER',
  credentialAttemptsPerIp: 'REELGRAPH_RATE_LIMIT_SIGN_IN_PER_IP',
  credentialWindowSeconds: 'REELGRAPH_RATE_LIMIT_SIGN_IN_WINDOW_SECONDS',
};

export class RateLimitSettingsError extends Error {}

/** The defaults, each overridable by its REELGRAPH_RATE_LIMIT_* variable. */
export function rateLimitSettings(env: NodeJS.ProcessEnv = process.env): RateLimitSettings {
  const settings = { ...DEFAULT_RATE_LIMITS };
  for (const key of Object.keys(VARIABLES) as (keyof RateLimitSettings)[]) {
    const raw = env[VARIABLES[key]];
    if (raw === undefined || raw === '') continue;
    const value = Number(raw);
    const minimum = key.endsWith('Seconds') ? 1 : 0;
    if (!Number.isInteger(value) || value < minimum) {
      throw new RateLimitSettingsError(
        `${VARIABLES[key]} must be a whole number, at least ${minimum}; got "${raw}"`,
      );
    }
    settings[key] = value;
  }
  return settings;
}

/**
 * REELGRAPH_TRUST_PROXY, for Express's `trust proxy`: a hop count ("1"), "true", or addresses
 * ("loopback, 10.0.0.0/8"). Unset: the socket's address is the client's.
 */
export function trustProxy(env: NodeJS.ProcessEnv = process.env): boolean | number | string {
  const raw = env.REELGRAPH_TRUST_PROXY?.trim();
  if (raw === undefined || raw === '' || raw === 'false') return false;
  if (raw === 'true') return true;
  return /^\d+$/.test(raw) ? Number(raw) : raw;
}
