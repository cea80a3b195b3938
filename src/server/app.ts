import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import compression from 'compression';
import express from 'express';
import { GraphQLSchema } from 'graphql';
import http from 'node:http';
import path from 'node:path';
import { Database } from '../graph/database';
import { readExampleIds } from '../graph/example-ids';
import { AuthSettings } from '../auth/auth-settings';
import { Tokens } from '../auth/tokens';
import { limits as configuredLimits, Limits } from '../limits';
import { Context, createContext, createRepositories, Services } from '../schema/context';
import { authenticate, viewerOf } from './authenticate';
import { formatError } from '../schema/format-error';
import { apolloLimits } from './limits/apollo-limits';
import { timeBudget } from './limits/time-budget';
import { ModelService } from './model-service';
import { playgroundRouter } from './playground';
import { RateLimitSettings } from './rate-limit-settings';
import { rateLimits } from './rate-limits';
import { requestErrorHandler } from './request-error-handler';
import { webPageRouter } from './web-page';

/** GraphQL answers are per user and per moment: never cached on the way. */
const noStore: express.RequestHandler = (_request, response, next) => {
  response.setHeader('cache-control', 'no-store');
  next();
};

export interface AppOptions {
  auth: AuthSettings;
  rateLimits: RateLimitSettings;
  /** Express's `trust proxy`: set when behind a reverse proxy, so limits count client addresses. */
  trustProxy?: boolean | number | string;
  /** Query shape, cost and time limits; from the environment when absent (see src/limits.ts). */
  requestLimits?: Limits;
}

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
  {
    auth,
    rateLimits: limitSettings,
    trustProxy = false,
    requestLimits = configuredLimits(),
  }: AppOptions,
): Promise<RunningApp> {
  const production = process.env.NODE_ENV === 'production';
  const app = express();
  app.disable('x-powered-by');
  // No ETag (a hash of every answer): GraphQL answers are POSTs, never revalidated.
  app.disable('etag');
  app.set('trust proxy', trustProxy);
  const httpServer = http.createServer(app);
  const guarded = apolloLimits<Context>(requestLimits);
  const apollo = new ApolloServer<Context>({
    schema,
    formatError,
    introspection: !production,
    // main.ts owns the signals: it stops Apollo, then closes the database, once per process.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: process.env.NODE_ENV === 'development',
    ...guarded,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      // No field carries a cache hint, so every answer is `no-store` (set below): the plugin
      // would only add a hook to every field of every answer to find that out.
      ApolloServerPluginCacheControlDisabled(),
      ...guarded.plugins,
    ],
  });
  await apollo.start();

  const limits = rateLimits(limitSettings);
  const services: Services = {
    repositories: createRepositories(
      database.withTransactionTimeout(requestLimits.transactionTimeoutMs),
    ),
    tokens: new Tokens(auth),
    recommender: models.current,
  };
  // gzip or brotli, as the client accepts, for the app, the playground and GraphQL answers.
  app.use(compression());
  app.get('/healthz', async (_request, response) => {
    try {
      await database.ping();
      // Which model file this process serves: replicas behind a load balancer can be compared.
      response.json({
        status: 'ok',
        model: models.servedFile === undefined ? null : path.basename(models.servedFile),
      });
    } catch {
      response.status(503).json({ status: 'unavailable', reason: 'Neo4j does not answer' });
    }
  });
  if (!production) app.use(playgroundRouter(() => readExampleIds(database)));
  app.use(webPageRouter());
  app.use(
    '/graphql',
    timeBudget(requestLimits.timeBudgetMs, requestLimits.retryAfterSeconds),
    limits.perIp,
    authenticate(services.tokens),
    limits.perUser,
    express.json({ limit: '1mb' }),
    limits.credentialAttempts,
    noStore,
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
