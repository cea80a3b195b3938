import { localNeo4jSettings } from '../../src/config';
import { stopLocalNeo4j } from '../../src/graph/local-neo4j';

export default async function globalTeardown(): Promise<void> {
  if (process.env.REELGRAPH_TEST_STOP_NEO4J === '1') await stopLocalNeo4j(localNeo4jSettings());
}
