import 'reflect-metadata';
import { AuthSettings, authSettings } from '../../src/auth/auth-settings';
import { Database } from '../../src/graph/database';
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
  /** The server's secrets: `adminToken` reads every user. */
  auth: AuthSettings;
  adminToken: string;
  /** Sends `query` as the holder of `token` when given, else anonymously. */
  graphql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GraphQLResponse<T>>;
  stop(): Promise<void>;
}

/** One set of secrets per test file, so tokens stay valid across a server restart. */
const auth = authSettings();

/** The real server on a free port, against the test Neo4j, spoken to over HTTP. */
export async function startTestServer(
  prepare?: (database: Database) => Promise<void>,
): Promise<TestServer> {
  const database = await openDatabase();
  if (prepare) await prepare(database);
  const models = ModelService.forDatabase(database);
  await models.train();
  const app = await startApp(database, await buildReelgraphSchema(), models, 0, auth);
  return {
    database,
    models,
    app,
    auth,
    adminToken: auth.adminToken!,
    async graphql(query, variables, token) {
      const response = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
        },
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
