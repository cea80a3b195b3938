import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { AppError, clip, ErrorCode } from '../errors';
import { logger } from '../logger';

const showStackTraces = () => process.env.NODE_ENV === 'development';
const isProduction = () => process.env.NODE_ENV === 'production';

// graphql-js words it "more that"; either spelling is accepted.
const TOKEN_LIMIT = /^Syntax Error: Document contains more tha[nt] (\d+) tokens/;
const HASH_MISMATCH = 'provided sha does not match query';
// "Did you mean "title"?" and "Did you mean the enum value "TITLE"?" reveal the schema.
const SUGGESTION = / ?Did you mean [^?]*\?/g;
// Every quoted part, so quotes pair up from the left; clip leaves short ones as they are.
const QUOTED = /"((?:[^"\\]|\\.)*)"/g;

/** Quoted client input (ids, values) is cut to 40 characters; production hides suggestions. */
function cleanMessage(message: string): string {
  const clipped = message.replace(QUOTED, (_quote, text: string) => `"${clip(text)}"`);
  return isProduction() ? clipped.replace(SUGGESTION, '') : clipped;
}

/** Limits refused while parsing or validating get our code; Apollo files them under its own. */
function limitRefusal(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError | null {
  const cause = error instanceof GraphQLError ? error.originalError : undefined;
  if (cause instanceof GraphQLError && cause.extensions.code === ErrorCode.QueryTooComplex) {
    return { ...formatted, extensions: { code: ErrorCode.QueryTooComplex } };
  }
  const tokens = TOKEN_LIMIT.exec(formatted.message);
  if (formatted.extensions?.code === 'GRAPHQL_PARSE_FAILED' && tokens !== null) {
    return {
      message: `The query has more than ${tokens[1]} tokens. Ask for less in one request, or split it.`,
      extensions: { code: ErrorCode.QueryTooComplex },
    };
  }
  return null;
}

/** Apollo sends an automatic persisted query whose hash is wrong without any code. */
const isHashMismatch = (formatted: GraphQLFormattedError) => formatted.message === HASH_MISMATCH;

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
  if (isHashMismatch(formatted)) {
    return {
      message:
        'extensions.persistedQuery.sha256Hash is not the SHA-256 of the query text sent with it; send the hash of exactly that text',
      extensions: { code: ErrorCode.BadRequest },
    };
  }
  const refusal = limitRefusal(formatted, error);
  if (refusal !== null) return refusal;
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && code !== ErrorCode.Internal) {
    return { ...formatted, message: cleanMessage(formatted.message) };
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
