import { timingSafeEqual } from 'node:crypto';
import { errors, jwtVerify, SignJWT } from 'jose';
import { AuthSettings } from './auth-settings';
import { anonymous, Viewer } from './viewer';

const ISSUER = 'reelgraph';
const ALGORITHM = 'HS256';

export class InvalidTokenError extends Error {}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Issues session tokens and turns an Authorization header back into a viewer. */
export class Tokens {
  constructor(private readonly settings: AuthSettings) {}

  issue(userId: string): Promise<string> {
    return new SignJWT({})
      .setProtectedHeader({ alg: ALGORITHM })
      .setSubject(userId)
      .setIssuer(ISSUER)
      .setIssuedAt()
      .setExpirationTime(`${this.settings.tokenLifetimeSeconds}s`)
      .sign(this.settings.jwtSecret);
  }

  /** Anonymous without a header; throws InvalidTokenError for a malformed, forged or expired one. */
  async viewerOf(authorization: string | undefined): Promise<Viewer> {
    if (authorization === undefined || authorization.trim() === '') return anonymous;
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (match === null) {
      throw new InvalidTokenError('The Authorization header must be "Bearer <token>"');
    }
    const token = match[1];
    const { adminToken } = this.settings;
    if (adminToken !== undefined && sameSecret(token, adminToken)) return { kind: 'admin' };
    try {
      const { payload } = await jwtVerify(token, this.settings.jwtSecret, {
        issuer: ISSUER,
        algorithms: [ALGORITHM],
      });
      if (typeof payload.sub !== 'string') throw new InvalidTokenError('The token names no user');
      return { kind: 'user', userId: payload.sub };
    } catch (error) {
      if (error instanceof errors.JWTExpired) {
        throw new InvalidTokenError('The token has expired; sign in again');
      }
      if (error instanceof InvalidTokenError) throw error;
      throw new InvalidTokenError('The token is not valid; sign in again');
    }
  }
}
