import 'reflect-metadata';
import cluster from 'node:cluster';
import { authSettings } from '../auth/auth-settings';
import { localNeo4jSettings, neo4jConnection } from '../config';
import { superviseLocalNeo4j } from '../graph/neo4j-supervisor';
import { openDatabase } from '../graph/open-database';
import { logger } from '../logger';
import { buildReelgraphSchema } from '../schema/build-schema';
import { startApp } from './app';
import { ModelService, modelsDir } from './model-service';
import { rateLimitSettings, trustProxy } from './rate-limit-settings';
import { startupBanner } from './startup-banner';
import { isClusterWorker } from './cluster-worker';
import { runPrimary, workerCount } from './workers';

/** The API in this process: alone (REELGRAPH_WORKERS=1) or as one worker of the cluster. */
async function serve(): Promise<void> {
  const auth = authSettings();
  const rateLimits = rateLimitSettings();
  const database = await openDatabase();
  // The Neo4j this process started (NEO4J_URI unset) is restarted if it dies; in a cluster the
  // primary started and watches it.
  const supervisor = neo4jConnection().local
    ? superviseLocalNeo4j(localNeo4jSettings())
    : undefined;
  const models = ModelService.forDatabase(database);
  await models.start(modelsDir());
  const app = await startApp(
    database,
    await buildReelgraphSchema(),
    models,
    Number(process.env.PORT ?? 4000),
    { auth, rateLimits, trustProxy: trustProxy() },
  );
  // In reelgraph's cluster the primary prints it, once every worker listens.
  if (!isClusterWorker())
    console.log(startupBanner(app.url, auth, process.env.NODE_ENV === 'production'));

  let stopping: Promise<void> | undefined;
  const shutdown = async (signal: string) => {
    logger.info(`${signal}: finishing in-flight requests`);
    models.stop();
    supervisor?.stop();
    await app.stop();
    await database.close();
    process.exit(0);
  };
  // A second signal (a process group's SIGTERM, then the primary's) must not cut the first short.
  const stop = (signal: string) => void (stopping ??= shutdown(signal));
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
  // A worker whose primary is gone stops too, rather than serve on unsupervised.
  if (cluster.isWorker) process.once('disconnect', () => stop('primary gone'));
}

async function main(): Promise<void> {
  const workers = workerCount();
  await (cluster.isPrimary && workers > 1 ? runPrimary(workers) : serve());
}

main().catch((error: unknown) => {
  logger.fatal(error instanceof Error ? error.message : error);
  process.exit(1);
});
