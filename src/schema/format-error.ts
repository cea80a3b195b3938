import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLFormattedError } from 'graphql';
import { AppError, ErrorCode } from '../errors';
import { logger } from '../logger';

const showStackTraces = () => process.env.NODE_ENV === 'development';

/**
 * Our own errors keep their code and message; GraphQL's (syntax, validation, bad variables)
 * pass through; anything else is logged and hidden behind a plain message.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof AppError) {
    return {
      ...formatted,
      message: original.message,
      extensions: { code: original.code, ...original.details },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && code !== ErrorCode.Internal) return formatted;
  logger.error({ err: original }, 'Unexpected error while resolving a request');
  if (showStackTraces()) return formatted;
  return {
    message: 'Internal server error',
    path: formatted.path,
    locations: formatted.locations,
    extensions: { code: ErrorCode.Internal },
  };
}
