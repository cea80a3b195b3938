import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../project-root';

const cache = new Map<string, string>();

/** The text of `cypher/<name>.cypher`; every statement reelgraph runs comes from one of these. */
export function cypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(path.join(projectRoot, 'cypher', `${name}.cypher`), 'utf8');
    cache.set(name, text);
  }
  return text;
}
