import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import compression from 'compression';
import express from 'express';
import { GraphQLSchema } from 'graphql';
import http from 'node:http';
import { Database } from '../graph/database';
import { AuthSettings } from '../auth/auth-settings';
import { Tokens } from '../auth/tokens';
import { Context, createContext, createRepositories, Services } from '../schema/context';
import { authenticate, viewerOf } from './authenticate';
import { formatError } from '../schema/format-error';
import { ModelService } from './model-service';
import { playgroundRouter } from './playground';
import { requestErrorHandler } from './request-error-handler';
import { webPageRouter } from './web-page';

export interface RunningApp {
  httpServer: http.Server;
  url: string;
  /** Stops taking requests, lets in-flight ones finish, then resolves. */
  stop(): Promise<void>;
}

/** Wires Apollo, the playground and /healthz onto one HTTP server and starts listening. */
export async function startApp(
  database: Database,
  schema: GraphQLSchema,
  models: ModelService,
  port: number,
  auth: AuthSettings,
): Promise<RunningApp> {
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<Context>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: process.env.NODE_ENV === 'development',
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
    ],
  });
  await apollo.start();

  const services: Services = {
    repositories: createRepositories(database),
    tokens: new Tokens(auth),
    recommender: models.current,
  };
  // gzip or brotli, as the client accepts, for the app, the playground and GraphQL answers.
  app.use(compression());
  app.get('/healthz', async (_request, response) => {
    try {
      await database.ping();
      response.json({ status: 'ok' });
    } catch {
      response.status(503).json({ status: 'unavailable', reason: 'Neo4j does not answer' });
    }
  });
  app.use(playgroundRouter());
  app.use(webPageRouter());
  app.use(
    '/graphql',
    authenticate(services.tokens),
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ res }) => createContext(services, viewerOf(res)),
    }),
  );
  app.use(requestErrorHandler);

  await new Promise<void>((resolve) => httpServer.listen(port, resolve));
  const address = httpServer.address();
  const actualPort = typeof address === 'object' && address !== null ? address.port : port;
  return {
    httpServer,
    url: `http://localhost:${actualPort}`,
    stop: () => apollo.stop(),
  };
}
