import neo4j, { Driver, isRetryableError, ManagedTransaction, RecordShape } from 'neo4j-driver';
import { setTimeout as sleep } from 'node:timers/promises';
import { Neo4jConnection } from '../config';
import { checkDeadline, remainingMs } from '../deadline';
import { limits } from '../limits';
import { cypher } from './cypher-files';
import { mapDriverError } from './driver-errors';

/** Options Neo4j applies to one transaction; `timeout` in milliseconds. */
interface TransactionConfig {
  timeout?: number;
}

export type Params = Record<string, unknown>;

/** Transient failures are retried for up to half the default request budget. */
const RETRY_TIME_MS = 1_000;
const RETRY_DELAY_MS = 100;

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

/**
 * One driver per process. Every statement is a named `.cypher` file run with parameters in a
 * managed transaction, so routing (neo4j:// URIs) and retries are the driver's job.
 */
export class Database {
  private constructor(
    private readonly driver: Driver,
    private readonly databaseName: string | undefined,
    private readonly counter: { queries: number },
    private readonly transactionConfig: TransactionConfig = {},
  ) {}

  /** Cypher round trips so far, across every view of this driver: tests use it to prove batching. */
  get queryCount(): number {
    return this.counter.queries;
  }

  static connect(connection: Neo4jConnection): Database {
    const { connectionAcquisitionTimeoutMs } = limits();
    const driver = neo4j.driver(
      connection.uri,
      neo4j.auth.basic(connection.user, connection.password),
      {
        disableLosslessIntegers: true,
        // A request waits this long for a connection, then answers SERVICE_UNAVAILABLE.
        connectionAcquisitionTimeout: connectionAcquisitionTimeoutMs,
        maxTransactionRetryTime: RETRY_TIME_MS,
      },
    );
    return new Database(driver, connection.database, { queries: 0 });
  }

  /**
   * The same driver and pool, but Neo4j ends each transaction after `ms`: API requests use this
   * view, while seeding and training, which read everything, use the unbounded one.
   */
  withTransactionTimeout(ms: number): Database {
    return new Database(this.driver, this.databaseName, this.counter, { timeout: ms });
  }

  /**
   * One statement that only reads runs as an auto-commit transaction: one round trip to Neo4j,
   * where a managed transaction adds BEGIN and COMMIT (about half the driver's CPU per read and a
   * third of Neo4j's). Transient failures are retried as the driver retries managed ones.
   */
  async read<Row extends RecordShape = RecordShape>(
    statement: string,
    params: Params = {},
  ): Promise<Row[]> {
    const startedAt = Date.now();
    for (let attempt = 1; ; attempt++) {
      const config = this.configForNow();
      try {
        return await this.runInOwnSession<Row>('READ', statement, params, config);
      } catch (error) {
        if (!isRetryableError(error) || Date.now() - startedAt >= RETRY_TIME_MS)
          throw mapDriverError(error);
      }
      await sleep(RETRY_DELAY_MS * attempt);
    }
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
    const config = this.configForNow();
    try {
      await this.runInOwnSession('WRITE', statement, params, config);
    } catch (error) {
      throw mapDriverError(error);
    }
  }

  /** Resolves once the server answers a query. */
  async ping(): Promise<void> {
    await this.read('system/ping');
  }

  close(): Promise<void> {
    return this.driver.close();
  }

  /** Inside a request, a transaction may not outlast the request's time budget. */
  private configForNow(): TransactionConfig {
    checkDeadline();
    const left = remainingMs();
    if (left === undefined) return this.transactionConfig;
    const timeout = Math.min(this.transactionConfig.timeout ?? left, left);
    return { timeout: Math.max(1, Math.floor(timeout)) };
  }

  /** One statement as an auto-commit transaction in a session of its own; driver errors as thrown. */
  private async runInOwnSession<Row extends RecordShape = RecordShape>(
    mode: 'READ' | 'WRITE',
    statement: string,
    params: Params,
    config: TransactionConfig,
  ): Promise<Row[]> {
    const session = this.driver.session({
      database: this.databaseName,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    this.counter.queries += 1;
    try {
      const result = await session.run<Row>(cypher(statement), params, config);
      return result.records.map((record) => record.toObject());
    } finally {
      await session.close();
    }
  }

  private async session<T>(
    mode: 'READ' | 'WRITE',
    work: (tx: Transaction) => Promise<T>,
  ): Promise<T> {
    const config = this.configForNow();
    const session = this.driver.session({
      database: this.databaseName,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    const onQuery = () => {
      this.counter.queries += 1;
    };
    try {
      const runWork = (tx: ManagedTransaction) => work(new Transaction(tx, onQuery));
      return await (mode === 'READ'
        ? session.executeRead(runWork, config)
        : session.executeWrite(runWork, config));
    } catch (error) {
      throw mapDriverError(error);
    } finally {
      await session.close();
    }
  }
}
