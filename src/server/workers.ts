import cluster, { Worker } from 'node:cluster';
import { setTimeout as sleep } from 'node:timers/promises';
import { ClusterMemoryStorePrimary } from '@express-rate-limit/cluster-memory-store';
import { authSettings, workerAuthEnv } from '../auth/auth-settings';
import { localNeo4jSettings, neo4jConnection } from '../config';
import { superviseLocalNeo4j } from '../graph/neo4j-supervisor';
import { startLocalNeo4j } from '../graph/local-neo4j';
import { logger } from '../logger';
import { CLUSTER_WORKER_VARIABLE } from './cluster-worker';
import { startupBanner } from './startup-banner';

export class WorkerCountError extends Error {}

/** REELGRAPH_WORKERS: how many API processes share the port (1, the default: no cluster). */
export function workerCount(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.REELGRAPH_WORKERS?.trim();
  if (raw === undefined || raw === '') return 1;
  const count = Number(raw);
  if (!Number.isInteger(count) || count < 1 || count > 64) {
    throw new WorkerCountError(
      `REELGRAPH_WORKERS must be a whole number from 1 to 64; got "${raw}"`,
    );
  }
  return count;
}

/** A worker that dies in service is replaced after this pause, so one that keeps dying cannot spin. */
const REPLACE_DELAY_MS = 1_000;
/** Workers still running this long after SIGTERM (their in-flight requests done) are killed. */
const STOP_DEADLINE_MS = 30_000;

/**
 * The cluster's primary: it starts and supervises the project's own Neo4j (NEO4J_URI unset),
 * keeps the rate limits' counts for all workers, and forks `count` workers that each run the API
 * on the same port (Node hands connections to them in turn). The first worker starts alone, so
 * only it trains a model when the folder has none; the others then load its file. A worker that
 * dies in service is replaced; one that cannot start stops the cluster, since the next would fail
 * alike.
 */
export async function runPrimary(count: number): Promise<void> {
  const auth = authSettings();
  const connection = neo4jConnection();
  // The primary needs no connection of its own: the first worker, starting alone, applies the schema.
  if (connection.local) await startLocalNeo4j(localNeo4jSettings());
  const supervisor = connection.local ? superviseLocalNeo4j(localNeo4jSettings()) : undefined;
  new ClusterMemoryStorePrimary().init();

  // Workers connect to the Neo4j this process started as to any other, so none starts one; they
  // sign and check tokens with the same secrets, generated here when not configured.
  const workerEnv = {
    NEO4J_URI: connection.uri,
    [CLUSTER_WORKER_VARIABLE]: '1',
    ...workerAuthEnv(auth),
  };
  let stopping = false;
  let started = false;
  const listening = new Set<number>();
  const fork = () =>
    cluster
      .fork(workerEnv)
      // A worker gone with answers of the rate-limit store still on their way: not the primary's end.
      .on('error', (error) => logger.warn({ err: error }, 'Lost touch with an API worker'));

  cluster.on('listening', (worker, address) => {
    listening.add(worker.id);
    logger.info({ worker: worker.id, pid: worker.process.pid }, 'API worker listening');
    if (started) return;
    if (listening.size === 1) for (let n = 1; n < count; n++) fork();
    if (listening.size < count) return;
    started = true;
    const url = `http://localhost:${address.port}`;
    console.log(startupBanner(url, auth, process.env.NODE_ENV === 'production'));
    console.log(`  (${count} API workers)`);
  });
  cluster.on('exit', (worker: Worker, code, signal) => {
    listening.delete(worker.id);
    if (stopping) return;
    if (!started) {
      logger.fatal({ worker: worker.id, code, signal }, 'An API worker could not start');
      void stop('a worker could not start', 1);
      return;
    }
    logger.error({ worker: worker.id, code, signal }, 'An API worker died: starting another');
    void sleep(REPLACE_DELAY_MS).then(() => stopping || fork());
  });
  fork();

  async function stop(reason: string, exitCode = 0) {
    if (stopping) return;
    stopping = true;
    logger.info(`${reason}: stopping the API workers`);
    supervisor?.stop();
    const workers = Object.values(cluster.workers ?? {}).filter(
      (worker): worker is Worker => worker !== undefined && !worker.isDead(),
    );
    const killer = setTimeout(() => {
      const running = workers.filter((worker) => !worker.isDead());
      logger.warn(
        { workers: running.map((worker) => worker.id) },
        `API workers still running ${STOP_DEADLINE_MS / 1000} s after SIGTERM: killing them`,
      );
      for (const worker of running) worker.process.kill('SIGKILL');
    }, STOP_DEADLINE_MS);
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve) => {
            worker.once('exit', () => resolve());
            worker.process.kill('SIGTERM');
          }),
      ),
    );
    clearTimeout(killer);
    process.exit(exitCode);
  }
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}
