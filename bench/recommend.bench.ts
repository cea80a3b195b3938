import 'reflect-metadata';
import { graphql } from 'graphql';
import { authSettings } from '../src/auth/auth-settings';
import { Tokens } from '../src/auth/tokens';
import { useScratchNeo4j } from '../src/config';
import { openDatabase } from '../src/graph/open-database';
import { RecommendRepository } from '../src/graph/recommend-repository';
import { trainModelsInParallel } from '../src/recommend/parallel-training';
import { buildReelgraphSchema } from '../src/schema/build-schema';
import { createContext, createRepositories } from '../src/schema/context';
import { startApp } from '../src/server/app';
import { ModelService, trainingInput } from '../src/server/model-service';
import { DEFAULT_RATE_LIMITS } from '../src/server/rate-limit-settings';
import { useCatalogue } from '../seed/graph-loader';
import { movieLensSmallCatalogue } from '../seed/shared-datasets';
import { percentile, timeEach } from './support/latency';

const QUERY = `query($userId: ID!) {
  recommendations(userId: $userId, first: 20) {
    movie { id title year } score predictedRating
    reasons { __typename text weight path { via node { kind id label } } }
  }
}`;
function summary(label: string, millis: number[]): string {
  const at = (q: number) => percentile(millis, q).toFixed(1);
  const mean = (millis.reduce((sum, value) => sum + value, 0) / millis.length).toFixed(1);
  return `${label}: n=${millis.length} mean ${mean} ms, p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, p99 ${at(0.99)} ms, max ${at(1)} ms`;
}

/**
 * `npm run bench:recommend`: on ml-latest-small + IMDb metadata (a Neo4j of its own, BENCH_BOLT_PORT,
 * 7689 by default),
 * times training and `recommendations(first: 20)` with reasons, in-process and over HTTP, for
 * every one of the 610 users.
 */
async function main(): Promise<void> {
  useScratchNeo4j('neo4j-bench', Number(process.env.BENCH_BOLT_PORT ?? 7689));
  const database = await openDatabase();
  try {
    await useCatalogue(database, 'ml-latest-small', movieLensSmallCatalogue);
    const repository = new RecommendRepository(database);
    const input = await trainingInput(repository);
    const models = await trainModelsInParallel(input);
    console.log(
      `training on ${input.ratings.length} ratings, ${input.movies.length} movies: ${models.report.trainingSeconds.toFixed(2)} s (held-out RMSE ${models.report.heldOutRmse.toFixed(4)})`,
    );

    const service = new ModelService(repository);
    service.serve(models);
    const schema = await buildReelgraphSchema();
    const repositories = createRepositories(database);
    const auth = authSettings();
    const userIds = [...models.data.userIds];
    const inProcess = await timeEach(userIds, async (userId) => {
      const result = await graphql({
        schema,
        source: QUERY,
        variableValues: { userId },
        contextValue: createContext(
          { repositories, tokens: new Tokens(auth), recommender: service.current },
          { kind: 'admin' },
        ),
      });
      if (result.errors) throw result.errors[0];
    });
    console.log(summary('recommendations(first: 20) in-process', inProcess));

    const rateLimits = { ...DEFAULT_RATE_LIMITS, perIp: 0, perUser: 0 };
    const app = await startApp(database, schema, service, 0, { auth, rateLimits });
    try {
      const overHttp = await timeEach(userIds, async (userId) => {
        const response = await fetch(`${app.url}/graphql`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            authorization: `Bearer ${auth.adminToken}`,
          },
          body: JSON.stringify({ query: QUERY, variables: { userId } }),
        });
        const body = (await response.json()) as { errors?: unknown[] };
        if (body.errors) throw new Error(JSON.stringify(body.errors));
      });
      console.log(summary('recommendations(first: 20) over HTTP', overHttp));
    } finally {
      await app.stop();
    }
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
