/** Every error a client can see carries one of these codes in `extensions.code`. */
export enum ErrorCode {
  BadUserInput = 'BAD_USER_INPUT',
  /** The HTTP request itself is malformed (not JSON, too large, batched). */
  BadRequest = 'BAD_REQUEST',
  /** The operation is deeper, wider or costlier than the server's limits allow. */
  QueryTooComplex = 'QUERY_TOO_COMPLEX',
  NotFound = 'NOT_FOUND',
  /** No valid credentials: sign in (or send a fresh token). */
  Unauthenticated = 'UNAUTHENTICATED',
  /** Signed in, but this belongs to someone else. */
  Forbidden = 'FORBIDDEN',
  /** Too many requests from this address or user; `retryAfterSeconds` says when to retry. */
  RateLimited = 'RATE_LIMITED',
  /** Try again later: the database is unreachable or busy, or the time budget ran out. */
  ServiceUnavailable = 'SERVICE_UNAVAILABLE',
  Internal = 'INTERNAL_SERVER_ERROR',
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}

const CLIPPED_LENGTH = 40;

/**
 * What a client sent, short enough to quote back in a message: the first 40 code points and
 * "…", so a 10 MB id is never echoed whole.
 */
export function clip(text: string, length = CLIPPED_LENGTH): string {
  // Two UTF-16 units per code point at most, so the slice never cuts the head short.
  const head = Array.from(text.slice(0, length * 2));
  return head.length > length ? `${head.slice(0, length).join('')}…` : text;
}

export const notFound = (what: string, id: string): AppError =>
  new AppError(ErrorCode.NotFound, `No ${what} with id "${clip(id)}"`, { id: clip(id) });

export const badInput = (argumentPath: string, message: string): AppError =>
  new AppError(ErrorCode.BadUserInput, `${argumentPath}: ${message}`, { argumentPath });

/** A refusal the client may retry after `retryAfterSeconds`; sent as Retry-After too. */
export const unavailable = (message: string, retryAfterSeconds: number): AppError =>
  new AppError(ErrorCode.ServiceUnavailable, message, { retryAfterSeconds });
export const unauthenticated = (message: string): AppError =>
  new AppError(ErrorCode.Unauthenticated, message);

export const forbidden = (message: string): AppError => new AppError(ErrorCode.Forbidden, message);
