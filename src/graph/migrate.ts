import { readdirSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../project-root';
import { Database } from './database';

/**
 * Applies every `cypher/schema/*.cypher` in name order; each is idempotent (IF NOT EXISTS). Then
 * gives movies from before ratingCount and ratingSum were kept their totals (once; later runs
 * find nothing to do).
 */
export async function migrate(database: Database): Promise<string[]> {
  const statements = readdirSync(path.join(projectRoot, 'cypher', 'schema'))
    .filter((file) => file.endsWith('.cypher'))
    .sort()
    .map((file) => `schema/${file.replace(/\.cypher$/, '')}`);
  for (const statement of statements) await database.write(statement);
  await database.read('system/await-indexes');
  await database.runAutoCommit('system/backfill-rating-totals');
  return statements;
}
