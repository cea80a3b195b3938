/** Every error a client can see carries one of these codes in `extensions.code`. */
export enum ErrorCode {
  BadUserInput = 'BAD_USER_INPUT',
  /** The HTTP request itself is malformed (not JSON, too large). */
  BadRequest = 'BAD_REQUEST',
  NotFound = 'NOT_FOUND',
  /** No valid credentials: sign in (or send a fresh token). */
  Unauthenticated = 'UNAUTHENTICATED',
  /** Signed in, but this belongs to someone else. */
  Forbidden = 'FORBIDDEN',
  /** Too many requests from this address or user; `retryAfterSeconds` says when to retry. */
  RateLimited = 'RATE_LIMITED',
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

export const notFound = (what: string, id: string): AppError =>
  new AppError(ErrorCode.NotFound, `No ${what} with id "${id}"`, { id });

export const badInput = (argumentPath: string, message: string): AppError =>
  new AppError(ErrorCode.BadUserInput, `${argumentPath}: ${message}`, { argumentPath });

export const unauthenticated = (message: string): AppError =>
  new AppError(ErrorCode.Unauthenticated, message);

export const forbidden = (message: string): AppError => new AppError(ErrorCode.Forbidden, message);
