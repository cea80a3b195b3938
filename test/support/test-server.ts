import 'reflect-metadata';
import { AuthSettings, authSettings } from '../../src/auth/auth-settings';
import { Database } from '../../src/graph/database';
import { limits, Limits } from '../../src/limits';
import { openDatabase } from '../../src/graph/open-database';
import { buildReelgraphSchema } from '../../src/schema/build-schema';
import { RunningApp, startApp } from '../../src/server/app';
import { ModelService } from '../../src/server/model-service';
import { DEFAULT_RATE_LIMITS, RateLimitSettings } from '../../src/server/rate-limit-settings';

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
  /** The server's secrets: `adminToken` reads every user. */
  auth: AuthSettings;
  adminToken: string;
  /** POSTs `query` as the holder of `token` when given, else anonymously. */
  request(query: string, variables?: Record<string, unknown>, token?: string): Promise<Response>;
  /** The same, answering the parsed body. */
  graphql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GraphQLResponse<T>>;
  stop(): Promise<void>;
}

/** The limits in force (global setup makes the time budgets generous), with `overrides`. */
export const testLimits = (overrides: Partial<Limits> = {}): Limits => ({
  ...limits(),
  ...overrides,
});

/** One set of secrets per test file, so tokens stay valid across a server restart. */
const auth = authSettings();

/** High enough that no suite is throttled; the rate-limit suite passes its own. */
const GENEROUS_RATE_LIMITS: RateLimitSettings = {
  ...DEFAULT_RATE_LIMITS,
  perIp: 1_000_000,
  perUser: 1_000_000,
  credentialAttemptsPerIp: 1_000_000,
};

/** The real server on a free port, against the test Neo4j, spoken to over HTTP. */
export async function startTestServer(
  prepare?: (database: Database) => Promise<void>,
  rateLimits: RateLimitSettings = GENEROUS_RATE_LIMITS,
  requestLimits: Limits = testLimits(),
): Promise<TestServer> {
  const database = await openDatabase();
  if (prepare) await prepare(database);
  const models = ModelService.forDatabase(database);
  await models.train();
  const app = await startApp(database, await buildReelgraphSchema(), models, 0, {
    auth,
    rateLimits,
    requestLimits,
  });
  const request: TestServer['request'] = (query, variables, token) =>
    fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
      },
      body: JSON.stringify({ query, variables }),
    });
  return {
    database,
    models,
    app,
    auth,
    adminToken: auth.adminToken!,
    request,
    async graphql(query, variables, token) {
      const response = await request(query, variables, token);
      return (await response.json()) as GraphQLResponse<never>;
    },
    async stop() {
      await app.stop();
      await database.close();
    },
  };
}
