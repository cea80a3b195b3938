import { execFileSync, spawn } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { LocalNeo4jSettings, neo4jConnection } from '../config';
import { logger } from '../logger';
import { projectRoot } from '../project-root';
import { Database } from './database';

/**
 * The Neo4j that reelgraph starts itself when NEO4J_URI is unset: Neo4j Community 5.26 LTS
 * embedded with its Bolt connector (neo4j/Launcher.java), its jars resolved by Maven.
 */
const launcherDir = path.join(projectRoot, 'neo4j');
const classpathFile = path.join(launcherDir, 'target', 'classpath.txt');
const STARTUP_TIMEOUT_MS = 180_000;
const SHUTDOWN_TIMEOUT_MS = 60_000;

const pidFile = (settings: LocalNeo4jSettings) =>
  path.join(settings.dataDir, 'reelgraph-neo4j.pid');
const logFile = (settings: LocalNeo4jSettings) =>
  path.join(settings.dataDir, 'reelgraph-neo4j.log');

/** The Neo4j jars (server, Bolt, importer), resolved by Maven on first use. */
export function neo4jClasspath(): string {
  const pom = path.join(launcherDir, 'pom.xml');
  if (!existsSync(classpathFile) || statSync(classpathFile).mtimeMs < statSync(pom).mtimeMs) {
    logger.info('Resolving Neo4j Community with Maven (first run downloads about 100 MB)');
    execFileSync(
      'mvn',
      ['-q', '-B', '-f', pom, 'dependency:build-classpath', `-Dmdep.outputFile=${classpathFile}`],
      {
        stdio: ['ignore', 'inherit', 'inherit'],
      },
    );
  }
  return readFileSync(classpathFile, 'utf8').trim();
}

/** The pid of the local Neo4j when its process is alive. */
export function localNeo4jPid(settings: LocalNeo4jSettings): number | undefined {
  if (!existsSync(pidFile(settings))) return undefined;
  const pid = Number(readFileSync(pidFile(settings), 'utf8'));
  return Number.isInteger(pid) && isAlive(pid) ? pid : undefined;
}

/**
 * `died` when the pid file names a process that is gone: Neo4j exited without `stopLocalNeo4j`
 * (a crash, the OOM killer, kill -9), which removes the file after a clean stop.
 */
export function localNeo4jState(settings: LocalNeo4jSettings): 'running' | 'stopped' | 'died' {
  if (!existsSync(pidFile(settings))) return 'stopped';
  return localNeo4jPid(settings) === undefined ? 'died' : 'running';
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function answers(settings: LocalNeo4jSettings): Promise<boolean> {
  const database = Database.connect({
    ...neo4jConnection(),
    uri: `bolt://127.0.0.1:${settings.boltPort}`,
    database: undefined,
  });
  try {
    await database.ping();
    return true;
  } catch {
    return false;
  } finally {
    await database.close();
  }
}

function logTail(settings: LocalNeo4jSettings): string {
  if (!existsSync(logFile(settings))) return '';
  return readFileSync(logFile(settings), 'utf8').split('\n').slice(-20).join('\n');
}

/** Starts the local Neo4j unless it already answers; resolves once a query succeeds. */
export async function startLocalNeo4j(
  settings: LocalNeo4jSettings,
): Promise<'started' | 'already running'> {
  if (await answers(settings)) return 'already running';
  if (localNeo4jPid(settings) !== undefined) {
    throw new Error(
      `A Neo4j process from ${settings.dataDir} is running but not answering on port ${settings.boltPort}; run npm run db:stop`,
    );
  }

  mkdirSync(settings.dataDir, { recursive: true });
  const classpath = neo4jClasspath();
  const log = openSync(logFile(settings), 'a');
  const child = spawn(
    'java',
    [
      `-Xms${settings.heap}`,
      `-Xmx${settings.heap}`,
      '-XX:+UseG1GC',
      '-cp',
      classpath,
      path.join(launcherDir, 'Launcher.java'),
      settings.dataDir,
      String(settings.boltPort),
      settings.pageCache,
    ],
    { detached: true, stdio: ['ignore', log, log] },
  );
  // The child keeps its own copy of the log descriptor.
  closeSync(log);
  let spawnError: Error | undefined;
  child.on('error', (error) => {
    spawnError = error;
  });
  child.unref();
  writeFileSync(pidFile(settings), String(child.pid));
  logger.info(
    {
      port: settings.boltPort,
      dataDir: settings.dataDir,
      heap: settings.heap,
      pageCache: settings.pageCache,
    },
    'Starting Neo4j',
  );

  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (spawnError !== undefined) {
      throw new Error(
        `Could not run java (${spawnError.message}); install Java 17 or set NEO4J_URI to use another Neo4j`,
      );
    }
    if (child.pid === undefined || !isAlive(child.pid)) {
      throw new Error(
        `Neo4j exited while starting; the end of ${logFile(settings)}:\n${logTail(settings)}`,
      );
    }
    if (await answers(settings)) return 'started';
    await sleep(500);
  }
  throw new Error(
    `Neo4j did not answer on port ${settings.boltPort} within ${STARTUP_TIMEOUT_MS / 1000} s; see ${logFile(settings)}`,
  );
}

/** Stops the local Neo4j cleanly (SIGTERM runs its shutdown hook, which closes the store). */
export async function stopLocalNeo4j(
  settings: LocalNeo4jSettings,
): Promise<'stopped' | 'not running'> {
  const pid = localNeo4jPid(settings);
  if (pid === undefined) return 'not running';
  // The pid file goes first, so a supervisor never takes this exit for a crash.
  rmSync(pidFile(settings), { force: true });
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + SHUTDOWN_TIMEOUT_MS;
  while (isAlive(pid)) {
    if (Date.now() > deadline)
      throw new Error(`Neo4j (pid ${pid}) did not stop within ${SHUTDOWN_TIMEOUT_MS / 1000} s`);
    await sleep(200);
  }
  return 'stopped';
}
