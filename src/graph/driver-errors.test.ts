import { Neo4jError } from 'neo4j-driver';
import { AppError, ErrorCode } from '../errors';
import { mapDriverError } from './driver-errors';

const driverError = (message: string, code: string) => new Neo4jError(message, code, '50N42', '');

describe('mapDriverError', () => {
  it.each([
    [
      'a transaction time-out',
      driverError(
        'timed out',
        'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
      ),
    ],
    [
      'a full connection pool',
      driverError(
        'Connection acquisition timed out in 1000 ms. Pool status: Active conn count = 100, Idle conn count = 0.',
        'N/A',
      ),
    ],
    ['an unreachable server', driverError('connect ECONNREFUSED', 'ServiceUnavailable')],
    ['a lost session', driverError('session expired', 'SessionExpired')],
    [
      'a node deleted by a concurrent transaction',
      driverError('Unable to load NODE with id 42.', 'Neo.ClientError.Statement.EntityNotFound'),
    ],
  ])('turns %s into SERVICE_UNAVAILABLE with a retry hint', (_what, error) => {
    const mapped = mapDriverError(error);
    expect(mapped).toBeInstanceOf(AppError);
    expect(mapped).toMatchObject({
      code: ErrorCode.ServiceUnavailable,
      details: { retryAfterSeconds: expect.any(Number) },
    });
  });

  it('turns a full-text query Lucene rejects into BAD_USER_INPUT at search', () => {
    const error = driverError(
      'Failed to invoke procedure `db.index.fulltext.queryNodes`: Caused by: org.apache.lucene.queryparser.classic.ParseException',
      'Neo.ClientError.Procedure.ProcedureCallFailed',
    );
    expect(mapDriverError(error)).toMatchObject({
      code: ErrorCode.BadUserInput,
      details: { argumentPath: 'search' },
    });
  });

  it('passes other errors through, to be logged and hidden', () => {
    const syntax = driverError('Invalid input', 'Neo.ClientError.Statement.SyntaxError');
    expect(mapDriverError(syntax)).toBe(syntax);
    const plain = new Error('boom');
    expect(mapDriverError(plain)).toBe(plain);
  });
});
