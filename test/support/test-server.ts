import 'reflect-metadata';
import { Database } from '../../src/graph/database';
import { limits, Limits } from '../../src/limits';
import { openDatabase } from '../../src/graph/open-database';
import { buildReelgraphSchema } from '../../src/schema/build-schema';
import { RunningApp, startApp } from '../../src/server/app';
import { ModelService } from '../../src/server/model-service';

export interface GraphQLResponse<T = Record<string, any>> {
  data?: T;
  errors?: {
    message: string;
    path?: string[];
    extensions: { code: string; [key: string]: unknown };
  }[];
}

export interface TestServer {
  database: Database;
  models: ModelService;
  app: RunningApp;
  graphql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<T>>;
  stop(): Promise<void>;
}

/**
 * The limits in force, with time budgets a loaded test machine cannot exhaust: slow answers
 * must not fail suites about something else. Suites about the budget pass their own.
 */
export const testLimits = (overrides: Partial<Limits> = {}): Limits => ({
  ...limits(),
  timeBudgetMs: 60_000,
  transactionTimeoutMs: 60_000,
  ...overrides,
});

/** The real server on a free port, against the test Neo4j, spoken to over HTTP. */
export async function startTestServer(
  prepare?: (database: Database) => Promise<void>,
  serverLimits: Limits = testLimits(),
): Promise<TestServer> {
  const database = await openDatabase();
  if (prepare) await prepare(database);
  const models = ModelService.forDatabase(database);
  await models.train();
  const app = await startApp(database, await buildReelgraphSchema(), models, 0, serverLimits);
  return {
    database,
    models,
    app,
    async graphql(query, variables) {
      const response = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLResponse<never>;
    },
    async stop() {
      await app.stop();
      await database.close();
    },
  };
}
