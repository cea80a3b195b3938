import { mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { LocalNeo4jSettings } from '../src/config';
import { Database } from '../src/graph/database';
import { startLocalNeo4j, stopLocalNeo4j } from '../src/graph/local-neo4j';
import { migrate } from '../src/graph/migrate';
import { runOfflineImport } from '../src/graph/offline-import';
import { writeImportFiles } from './bulk/import-files';
import { Catalogue } from './catalogue';
import { countGraph, LoadSummary } from './graph-loader';

const seconds = (since: number) => (Date.now() - since) / 1000;

/**
 * Loads a catalogue into the EMPTY local graph with Neo4j's offline importer: the catalogue is
 * streamed into CSV files beside the store, the local Neo4j is stopped, the importer writes the
 * store, Neo4j starts again and the constraints and indexes are built afterwards. `database`
 * reconnects by itself once Neo4j is back.
 */
export async function bulkLoadCatalogue(
  database: Database,
  settings: LocalNeo4jSettings,
  catalogue: Catalogue,
  onImporterOutput?: (chunk: Buffer) => void,
): Promise<LoadSummary> {
  const startedAt = Date.now();
  const before = await countGraph(database);
  const dir = await mkdtemp(path.join(settings.dataDir, 'import-'));
  const phases: Record<string, number> = {};
  try {
    let phaseStart = Date.now();
    const written = await writeImportFiles(catalogue, dir);
    phases['write CSV'] = seconds(phaseStart);

    phaseStart = Date.now();
    await stopLocalNeo4j(settings);
    try {
      phases.import = (await runOfflineImport(settings, written.files, onImporterOutput)).seconds;
    } finally {
      // The store was empty before, so a failed import leaves it as it was: empty and served.
      phaseStart = Date.now();
      await startLocalNeo4j(settings);
      phases['restart Neo4j'] = seconds(phaseStart);
    }
    phaseStart = Date.now();
    await migrate(database);
    phases['constraints and indexes'] = seconds(phaseStart);

    const total = seconds(startedAt);
    return {
      source: catalogue.source,
      method: 'bulk import',
      seconds: total,
      ratingsRead: written.ratingsRead,
      ratingsPerSecond: Math.round(written.ratingsRead / total),
      phases,
      before,
      after: await countGraph(database),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
