import { LocalNeo4jSettings } from '../config';
import { logger } from '../logger';
import { localNeo4jState, startLocalNeo4j } from './local-neo4j';

export interface Supervisor {
  stop(): void;
}

/**
 * Starts the project's own Neo4j again whenever its process has died (see `localNeo4jState`);
 * a clean `npm run db:stop` is respected. The API answers SERVICE_UNAVAILABLE meanwhile and
 * its driver reconnects by itself once Neo4j answers.
 */
export function superviseLocalNeo4j(settings: LocalNeo4jSettings, intervalMs = 5_000): Supervisor {
  let restarting = false;
  const timer = setInterval(() => {
    if (restarting || localNeo4jState(settings) !== 'died') return;
    restarting = true;
    logger.warn({ port: settings.boltPort }, 'Neo4j died: starting it again');
    startLocalNeo4j(settings)
      .then(() => logger.info({ port: settings.boltPort }, 'Neo4j is back'))
      .catch((error: unknown) => logger.error({ err: error }, 'Neo4j could not be restarted'))
      .finally(() => {
        restarting = false;
      });
  }, intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
