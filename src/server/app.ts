import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import express from 'express';
import { GraphQLSchema } from 'graphql';
import http from 'node:http';
import { Database } from '../graph/database';
import { limits as currentLimits, Limits } from '../limits';
import { Context, createContext, createRepositories } from '../schema/context';
import { formatError } from '../schema/format-error';
import { apolloLimits } from './limits/apollo-limits';
import { timeBudget } from './limits/time-budget';
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

/**
 * Wires Apollo, the playground and /healthz onto one HTTP server and starts listening.
 * NODE_ENV=production turns off introspection and the playground.
 */
export async function startApp(
  database: Database,
  schema: GraphQLSchema,
  models: ModelService,
  port: number,
  limits: Limits = currentLimits(),
): Promise<RunningApp> {
  const production = process.env.NODE_ENV === 'production';
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  const guarded = apolloLimits<Context>(limits);
  const apollo = new ApolloServer<Context>({
    schema,
    formatError,
    introspection: !production,
    includeStacktraceInErrorResponses: process.env.NODE_ENV === 'development',
    ...guarded,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      ...guarded.plugins,
    ],
  });
  await apollo.start();

  const repositories = createRepositories(
    database.withTransactionTimeout(limits.transactionTimeoutMs),
  );
  app.get('/healthz', async (_request, response) => {
    try {
      await database.ping();
      response.json({ status: 'ok' });
    } catch {
      response.status(503).json({ status: 'unavailable', reason: 'Neo4j does not answer' });
    }
  });
  if (!production) app.use(playgroundRouter());
  app.use(webPageRouter());
  app.use(
    '/graphql',
    timeBudget(limits.timeBudgetMs),
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, { context: async () => createContext(repositories, models.current) }),
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
