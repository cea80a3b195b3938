import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLFormattedError } from 'graphql';
import { AppError, clip, ErrorCode } from '../errors';
import { logger } from '../logger';

const showStackTraces = () => process.env.NODE_ENV === 'development';
const isProduction = () => process.env.NODE_ENV === 'production';

const TOKEN_LIMIT = /^Syntax Error: Document contains more than \d+ tokens/;
// "Did you mean "title"?" and "Did you mean the enum value "TITLE"?" reveal the schema.
const SUGGESTION = / ?Did you mean [^?]*\?/g;
const LONG_QUOTE = /"((?:[^"\\]|\\.){41,})"/g;

/** Quoted client input (ids, values) is cut to 40 characters; production hides suggestions. */
function cleanMessage(message: string): string {
  const clipped = message.replace(LONG_QUOTE, (_quote, text: string) => `"${clip(text)}"`);
  return isProduction() ? clipped.replace(SUGGESTION, '') : clipped;
}

function codeOf(formatted: GraphQLFormattedError): unknown {
  const code = formatted.extensions?.code;
  return code === 'GRAPHQL_PARSE_FAILED' && TOKEN_LIMIT.test(formatted.message)
    ? ErrorCode.QueryTooComplex
    : code;
}

/**
 * Our own errors keep their code and message; GraphQL's (syntax, validation, bad variables,
 * limits) pass through with their code; anything else is logged and hidden behind a plain
 * message.
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
  const code = codeOf(formatted);
  if (typeof code === 'string' && code !== ErrorCode.Internal) {
    return {
      ...formatted,
      message: cleanMessage(formatted.message),
      extensions: { ...formatted.extensions, code },
    };
  }
  logger.error({ err: original }, 'Unexpected error while resolving a request');
  if (showStackTraces()) return formatted;
  return {
    message: 'Internal server error',
    path: formatted.path,
    locations: formatted.locations,
    extensions: { code: ErrorCode.Internal },
  };
}
