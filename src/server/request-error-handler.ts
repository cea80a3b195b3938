import { ErrorRequestHandler } from 'express';
import { ErrorCode } from '../errors';
import { logger } from '../logger';

/**
 * Errors before GraphQL runs (a body that is not JSON, or too large) answer as GraphQL errors
 * with a code, never Express's default page with a stack trace.
 */
export const requestErrorHandler: ErrorRequestHandler = (error, _request, response, _next) => {
  const status = typeof error?.status === 'number' && error.status < 500 ? error.status : 500;
  if (status === 500) logger.error({ err: error }, 'Unexpected error before GraphQL');
  const message =
    status === 500 ? 'Internal server error' : `The request could not be read: ${error.message}`;
  response.status(status).json({
    errors: [
      { message, extensions: { code: status === 500 ? ErrorCode.Internal : ErrorCode.BadRequest } },
    ],
  });
};
