import { Neo4jError } from 'neo4j-driver';
import { badInput, unavailable } from '../errors';
import { limits } from '../limits';

const UNREACHABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);

const TIMEOUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
]);

// Read-committed isolation: a node another transaction deleted meanwhile (a user's deleteMe while
// their rating is written) cannot be loaded. Run again, the request sees the graph as it now is.
const CONCURRENTLY_DELETED = 'Neo.ClientError.Statement.EntityNotFound';

// The driver gives a full pool no code of its own, only this message.
const isPoolExhausted = (error: Neo4jError) =>
  error.message.startsWith('Connection acquisition timed out');

// User text reaches Lucene only through the full-text procedure; its parse errors and
// "too many clauses" are the client's to fix.
const isFullTextRejection = (error: Neo4jError) =>
  error.code === 'Neo.ClientError.Procedure.ProcedureCallFailed' &&
  error.message.includes('db.index.fulltext');

/** Driver errors become the API's own in this one place; anything else passes through. */
export function mapDriverError(error: unknown): unknown {
  if (!(error instanceof Neo4jError)) return error;
  const retryAfter = limits().retryAfterSeconds;
  if (TIMEOUT_CODES.has(error.code)) {
    return unavailable(
      'The graph database needed longer than this request may take; ask for less (a smaller first, fewer fields) or try again shortly',
      retryAfter,
    );
  }
  if (isPoolExhausted(error)) {
    return unavailable(
      'The server is busy: no graph database connection could be had in time; try again shortly',
      retryAfter,
    );
  }
  if (UNREACHABLE_CODES.has(error.code) || error.retriable) {
    return unavailable(
      'The graph database is not reachable right now; try again shortly',
      retryAfter,
    );
  }
  if (error.code === CONCURRENTLY_DELETED) {
    return unavailable(
      'Something this request reads was deleted while it ran; try again',
      retryAfter,
    );
  }
  if (isFullTextRejection(error)) {
    return badInput('search', 'could not be run as a title or name search; use plain words');
  }
  return error;
}
