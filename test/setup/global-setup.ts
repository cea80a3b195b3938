import { localNeo4jSettings, useScratchNeo4j } from '../../src/config';
import { startLocalNeo4j } from '../../src/graph/local-neo4j';

/** Integration tests wipe and reload the graph, so they run on a Neo4j of their own. */
export default async function globalSetup(): Promise<void> {
  process.env.NODE_ENV = 'test';
  // A loaded test machine must not turn slow answers into SERVICE_UNAVAILABLE in suites about
  // something else (API processes started as children inherit this too); suites about the
  // time budget pass their own limits.
  process.env.REELGRAPH_TIME_BUDGET_MS ??= '60000';
  process.env.NEO4J_TX_TIMEOUT_MS ??= '60000';
  // Opening a Bolt connection on a loaded machine (Chromium, Neo4j and other workers) can take
  // longer than the default wait for one, which a home page then shows as "busy".
  process.env.NEO4J_ACQUISITION_TIMEOUT_MS ??= '60000';
  const port = Number(process.env.NEO4J_TEST_BOLT_PORT ?? 7688);
  if (!useScratchNeo4j('neo4j-test', port).local) return;
  const status = await startLocalNeo4j(localNeo4jSettings());
  process.env.REELGRAPH_TEST_STOP_NEO4J = status === 'started' ? '1' : '';
}
