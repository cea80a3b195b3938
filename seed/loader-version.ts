import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../src/project-root';

/** What decides a loaded graph's content besides the data: the loaders, their data and Cypher. */
const LOADER_FOLDERS = ['seed', path.join('cypher', 'seed'), path.join('cypher', 'schema')];

/**
 * A short hash of the loader's code and Cypher, so a scratch graph loaded by an older version
 * (say, before availability was loaded) is reloaded instead of tested as if it were current.
 */
export function loaderVersion(): string {
  const hash = createHash('sha256');
  for (const folder of LOADER_FOLDERS) {
    const entries = readdirSync(path.join(projectRoot, folder), {
      recursive: true,
      withFileTypes: true,
    });
    const files = entries
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(projectRoot, path.join(entry.parentPath, entry.name)))
      .sort();
    for (const file of files) hash.update(file).update(readFileSync(path.join(projectRoot, file)));
  }
  return hash.digest('hex').slice(0, 12);
}
