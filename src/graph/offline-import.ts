import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';
import { LocalNeo4jSettings } from '../config';
import { neo4jClasspath } from './local-neo4j';

export interface ImportFiles {
  nodes: { label: string; file: string }[];
  relationships: { type: string; file: string }[];
}

export interface ImportResult {
  seconds: number;
  /** The importer's own log: its stages, timings and memory. */
  logFile: string;
}

/** Memory of the importer: its heap, and the off-heap caches it sizes itself within. */
const IMPORT_HEAP = process.env.NEO4J_IMPORT_HEAP ?? '1g';
const IMPORT_OFF_HEAP = process.env.NEO4J_IMPORT_OFF_HEAP ?? '2g';

/**
 * Runs Neo4j's offline importer (`neo4j-admin database import full`, from the
 * org.neo4j:neo4j-import-tool jar) into the local database, replacing its store. The local Neo4j
 * must be stopped. `onOutput` receives the importer's progress as it prints it.
 */
export async function runOfflineImport(
  settings: LocalNeo4jSettings,
  files: ImportFiles,
  onOutput: (chunk: Buffer) => void = () => {},
): Promise<ImportResult> {
  const confDir = path.join(settings.dataDir, 'import-conf');
  mkdirSync(confDir, { recursive: true });
  if (!existsSync(path.join(confDir, 'neo4j.conf')))
    writeFileSync(path.join(confDir, 'neo4j.conf'), '');
  const logFile = path.join(settings.dataDir, 'reelgraph-import.log');
  const log = createWriteStream(logFile);
  const startedAt = Date.now();
  const child = spawn(
    'java',
    [
      `-Xmx${IMPORT_HEAP}`,
      '-XX:+UseG1GC',
      '-cp',
      neo4jClasspath(),
      'org.neo4j.cli.AdminTool',
      'database',
      'import',
      'full',
      // The database name comes first: the file options take every value after them.
      'neo4j',
      '--overwrite-destination',
      '--bad-tolerance=0',
      `--max-off-heap-memory=${IMPORT_OFF_HEAP}`,
      `--report-file=${path.join(settings.dataDir, 'import.report')}`,
      ...files.nodes.map(({ label, file }) => `--nodes=${label}=${file}`),
      ...files.relationships.map(({ type, file }) => `--relationships=${type}=${file}`),
    ],
    {
      // The embedded launcher uses the data folder as its home: data/databases/neo4j is there.
      env: { ...process.env, NEO4J_HOME: settings.dataDir, NEO4J_CONF: confDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  for (const stream of [child.stdout, child.stderr]) {
    stream.on('data', (chunk: Buffer) => {
      log.write(chunk);
      onOutput(chunk);
    });
  }
  const [code] = (await once(child, 'close')) as [number | null];
  log.end();
  await once(log, 'finish');
  if (code !== 0) {
    const tail = readFileSync(logFile, 'utf8').split('\n').slice(-25).join('\n');
    throw new Error(
      `The Neo4j importer failed (exit code ${code}); the end of ${logFile}:\n${tail}`,
    );
  }
  return { seconds: (Date.now() - startedAt) / 1000, logFile };
}
