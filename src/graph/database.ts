import neo4j, { Driver, ManagedTransaction, Neo4jError, RecordShape } from 'neo4j-driver';
import { Neo4jConnection } from '../config';
import { AppError, ErrorCode } from '../errors';
import { cypher } from './cypher-files';

export type Params = Record<string, unknown>;

/** Runs named statements inside a transaction opened by `Database.read/writeTransaction`. */
export class Transaction {
  constructor(
    private readonly tx: ManagedTransaction,
    private readonly onQuery: () => void,
  ) {}

  async run<Row extends RecordShape = RecordShape>(
    statement: string,
    params: Params = {},
  ): Promise<Row[]> {
    this.onQuery();
    const result = await this.tx.run<Row>(cypher(statement), params);
    return result.records.map((record) => record.toObject());
  }
}

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);

/** Driver errors become the API's own in this one place; anything else passes through. */
export function mapDriverError(error: unknown): unknown {
  if (error instanceof Neo4jError && (UNAVAILABLE_CODES.has(error.code) || error.retriable)) {
    return new AppError(
      ErrorCode.ServiceUnavailable,
      'The graph database is not reachable right now; try again shortly',
    );
  }
  return error;
}

/**
 * One driver per process. Every statement is a named `.cypher` file run with parameters in a
 * managed transaction, so routing (neo4j:// URIs) and retries are the driver's job.
 */
export class Database {
  /** Cypher round trips so far: tests use it to prove batching. */
  queryCount = 0;

  private constructor(
    private readonly driver: Driver,
    private readonly databaseName: string | undefined,
  ) {}

  static connect(connection: Neo4jConnection): Database {
    const driver = neo4j.driver(
      connection.uri,
      neo4j.auth.basic(connection.user, connection.password),
      {
        disableLosslessIntegers: true,
        connectionAcquisitionTimeout: 10_000,
        maxTransactionRetryTime: 3_000,
      },
    );
    return new Database(driver, connection.database);
  }

  read<Row extends RecordShape = RecordShape>(
    statement: string,
    params: Params = {},
  ): Promise<Row[]> {
    return this.readTransaction((tx) => tx.run<Row>(statement, params));
  }

  write<Row extends RecordShape = RecordShape>(
    statement: string,
    params: Params = {},
  ): Promise<Row[]> {
    return this.writeTransaction((tx) => tx.run<Row>(statement, params));
  }

  readTransaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    return this.session('READ', work);
  }

  /** All statements in `work` commit together or not at all. */
  writeTransaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    return this.session('WRITE', work);
  }

  /** For statements that manage their own transactions (`CALL { … } IN TRANSACTIONS`). */
  async runAutoCommit(statement: string, params: Params = {}): Promise<void> {
    const session = this.driver.session({ database: this.databaseName });
    this.queryCount += 1;
    try {
      await session.run(cypher(statement), params);
    } catch (error) {
      throw mapDriverError(error);
    } finally {
      await session.close();
    }
  }

  /** Resolves once the server answers a query. */
  async ping(): Promise<void> {
    await this.read('system/ping');
  }

  close(): Promise<void> {
    return this.driver.close();
  }

  private async session<T>(
    mode: 'READ' | 'WRITE',
    work: (tx: Transaction) => Promise<T>,
  ): Promise<T> {
    const session = this.driver.session({
      database: this.databaseName,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    const onQuery = () => {
      this.queryCount += 1;
    };
    try {
      const runWork = (tx: ManagedTransaction) => work(new Transaction(tx, onQuery));
      return await (mode === 'READ' ? session.executeRead(runWork) : session.executeWrite(runWork));
    } catch (error) {
      throw mapDriverError(error);
    } finally {
      await session.close();
    }
  }
}
