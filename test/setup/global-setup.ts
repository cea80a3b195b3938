import path from 'node:path';
import { localNeo4jSettings } from '../../src/config';
import { startLocalNeo4j } from '../../src/graph/local-neo4j';
import { projectRoot } from '../../src/project-root';

/**
 * Integration tests wipe and reload the graph, so they never touch NEO4J_URI (a user's data):
 * they use NEO4J_TEST_URI when set, or start their own Neo4j on a port and folder of their own.
 */
export default async function globalSetup(): Promise<void> {
  process.env.NODE_ENV = 'test';
  if (process.env.NEO4J_TEST_URI) {
    process.env.NEO4J_URI = process.env.NEO4J_TEST_URI;
    return;
  }
  delete process.env.NEO4J_URI;
  process.env.NEO4J_BOLT_PORT = process.env.NEO4J_TEST_BOLT_PORT ?? '7688';
  process.env.NEO4J_DATA_DIR = path.join(projectRoot, '.data', 'neo4j-test');
  process.env.NEO4J_HEAP ??= '1g';
  process.env.NEO4J_PAGECACHE ??= '512m';
  const status = await startLocalNeo4j(localNeo4jSettings());
  process.env.REELGRAPH_TEST_STOP_NEO4J = status === 'started' ? '1' : '';
}
