import path from 'node:path';
import { projectRoot } from './project-root';

export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
  database: string | undefined;
  /** True when reelgraph starts and owns this Neo4j (NEO4J_URI unset). */
  local: boolean;
}

export interface LocalNeo4jSettings {
  boltPort: number;
  dataDir: string;
  /** JVM heap and page cache, sized for a 2-core, modest-memory box by default. */
  heap: string;
  pageCache: string;
}

const env = (name: string): string | undefined => {
  const value = process.env[name];
  return value === undefined || value === '' ? undefined : value;
};

export function localNeo4jSettings(): LocalNeo4jSettings {
  return {
    boltPort: Number(env('NEO4J_BOLT_PORT') ?? 7687),
    dataDir: path.resolve(env('NEO4J_DATA_DIR') ?? path.join(projectRoot, '.data', 'neo4j')),
    heap: env('NEO4J_HEAP') ?? '2g',
    pageCache: env('NEO4J_PAGECACHE') ?? '1g',
  };
}

export function neo4jConnection(): Neo4jConnection {
  const uri = env('NEO4J_URI');
  return {
    uri: uri ?? `bolt://127.0.0.1:${localNeo4jSettings().boltPort}`,
    user: env('NEO4J_USER') ?? 'neo4j',
    password: env('NEO4J_PASSWORD') ?? 'neo4j',
    database: env('NEO4J_DATABASE'),
    local: uri === undefined,
  };
}

/**
 * A Neo4j of its own for tests and benchmarks, which wipe the graph: never the user's
 * NEO4J_URI. `NEO4J_TEST_URI` points them at an external server instead.
 */
export function useScratchNeo4j(name: string, boltPort: number): { local: boolean } {
  if (process.env.NEO4J_TEST_URI) {
    process.env.NEO4J_URI = process.env.NEO4J_TEST_URI;
    return { local: false };
  }
  delete process.env.NEO4J_URI;
  process.env.NEO4J_BOLT_PORT = String(boltPort);
  process.env.NEO4J_DATA_DIR = path.join(projectRoot, '.data', name);
  process.env.NEO4J_HEAP ??= '1g';
  process.env.NEO4J_PAGECACHE ??= '512m';
  return { local: true };
}
