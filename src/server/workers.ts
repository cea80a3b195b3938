import cluster, { Worker } from 'node:cluster';
import { ClusterMemoryStorePrimary } from '@express-rate-limit/cluster-memory-store';
import { authSettings, workerAuthEnv } from '../auth/auth-settings';
import { localNeo4jSettings, neo4jConnection } from '../config';
import { superviseLocalNeo4j } from '../graph/neo4j-supervisor';
import { openDatabase } from '../graph/open-database';
import { logger } from '../logger';
import { ModelService, modelsDir } from './model-service';
import { startupBanner } from './startup-banner';

const isProduction = () => process.env.NODE_ENV === 'production';

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

/**
 * The cluster's primary: it starts and supervises the project's own Neo4j (NEO4J_URI unset),
 * makes sure a usable model file exists (training one if not, once rather than in every worker),
 * keeps the rate limits' counts for all workers, and forks `count` workers that each run the API
 * on the same port (Node hands connections to them in turn). A worker that dies is replaced.
 */
export async function runPrimary(count: number): Promise<void> {
  const auth = authSettings();
  const connection = neo4jConnection();
  const database = await openDatabase();
  const supervisor = connection.local ? superviseLocalNeo4j(localNeo4jSettings()) : undefined;
  try {
    await ModelService.forDatabase(database).newestUsable(modelsDir());
  } finally {
    await database.close();
  }
  new ClusterMemoryStorePrimary().init();

  // Workers connect to the Neo4j this process started as to any other, so none starts one; they
  // sign and check tokens with the same secrets, generated here when not configured.
  const workerEnv = { NEO4J_URI: connection.uri, ...workerAuthEnv(auth) };
  let stopping = false;
  const listening = new Set<number>();
  const fork = () => cluster.fork(workerEnv);
  cluster.on('listening', (worker, address) => {
    if (listening.size === 0) {
      console.log(startupBanner(`http://localhost:${address.port}`, auth, isProduction()));
      console.log(`  (${count} API workers)`);
    }
    listening.add(worker.id);
  });
  cluster.on('exit', (worker: Worker, code, signal) => {
    if (stopping) return;
    if (!listening.has(worker.id)) {
      // It failed while starting (its error is logged above): another would fail alike.
      logger.fatal({ worker: worker.id, code, signal }, 'An API worker could not start');
      void shutdown('a worker could not start', 1);
      return;
    }
    logger.error({ worker: worker.id, code, signal }, 'An API worker died: starting another');
    fork();
  });
  for (let n = 0; n < count; n++) fork();

  async function shutdown(signal: string, exitCode = 0) {
    stopping = true;
    logger.info(`${signal}: stopping the API workers`);
    supervisor?.stop();
    await Promise.all(
      Object.values(cluster.workers ?? {}).map(
        (worker) =>
          new Promise<void>((resolve) => {
            if (worker === undefined || worker.isDead()) return resolve();
            worker.once('exit', () => resolve());
            worker.process.kill('SIGTERM');
          }),
      ),
    );
    process.exit(exitCode);
  }
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}
