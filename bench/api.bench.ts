import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { loadavg } from 'node:os';
import { authSettings } from '../src/auth/auth-settings';
import { useScratchNeo4j } from '../src/config';
import { openDatabase } from '../src/graph/open-database';
import { buildReelgraphSchema } from '../src/schema/build-schema';
import { RunningApp, startApp } from '../src/server/app';
import { ModelService } from '../src/server/model-service';
import { DEFAULT_RATE_LIMITS } from '../src/server/rate-limit-settings';
import { useCatalogue } from '../seed/graph-loader';
import { movieLensSmallCatalogue } from '../seed/shared-datasets';
import { loadCypher } from './cypher-load';
import { GraphQLScenario, loadGraphQL } from './graphql-load';
import { LoadResult, loadTable, requestsPerSecond } from './load-report';

const CONNECTIONS = 16;
const SECONDS = Number(process.env.BENCH_API_SECONDS ?? 10);
/** Limits stay on (their cost is part of a request) but far above what the bench sends. */
const BENCH_RATE_LIMITS = {
  ...DEFAULT_RATE_LIMITS,
  perIp: 10_000_000,
  perUser: 10_000_000,
  credentialAttemptsPerIp: 10_000_000,
};

/** BENCH_API_ONLY=recommendations runs only the scenarios whose name contains that text. */
const ONLY = process.env.BENCH_API_ONLY;

interface Sample {
  userIds: string[];
  movieIds: string[];
  titles: string[];
}

const cycle =
  <T>(values: readonly T[]) =>
  (n: number) =>
    values[n % values.length];

/** One word of each title, so searches match and spread over the catalogue. */
const searchWords = (titles: string[]) =>
  titles.map((title) => title.split(/\W+/).find((word) => word.length >= 4) ?? title);

async function graphql(app: RunningApp, query: string, token?: string) {
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** Set-up and clean-up on a machine busy from loading may meet the API's 2 s budget: try again. */
async function withRetries<T>(work: () => Promise<T>, attempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt === attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
}

const RECOMMENDATIONS =
  'query($u: ID!) { recommendations(userId: $u, first: 20) { movie { id title } score predictedRating reasons { text } } }';

function scenarios(sample: Sample, adminToken: string, userToken: string): GraphQLScenario[] {
  const movieId = cycle(sample.movieIds);
  const word = cycle(searchWords(sample.titles));
  const userId = cycle(sample.userIds);
  const all: GraphQLScenario[] = [
    {
      name: 'movie',
      query:
        'query($id: ID!) { movie(id: $id) { title year genres { name } directors { name } cast(first: 5) { name } ratingStats { count average } } }',
      variables: (n) => ({ id: movieId(n) }),
      token: userToken,
    },
    {
      name: 'movies(search)',
      query:
        'query($q: String!) { movies(filter: { search: $q }, first: 10) { totalCount edges { node { id title year } } } }',
      variables: (n) => ({ q: word(n) }),
      token: userToken,
    },
    {
      name: 'recommendations(first: 20)',
      query: RECOMMENDATIONS,
      variables: (n) => ({ u: userId(n) }),
      token: adminToken,
    },
    {
      name: 'recommendations(first: 20), 1 client',
      query: RECOMMENDATIONS,
      variables: (n) => ({ u: userId(n) }),
      token: adminToken,
      connections: 1,
    },
    {
      name: 'rateMovie',
      query: 'mutation($m: ID!, $r: Float!) { rateMovie(movieId: $m, rating: $r) { value } }',
      variables: (n) => ({ m: movieId(n), r: 0.5 + (n % 10) * 0.5 }),
      token: userToken,
    },
  ];
  return all.filter((scenario) => ONLY === undefined || scenario.name.includes(ONLY));
}

/** The 1- and 5-minute load averages: how busy the machine was around the numbers. */
const loadAverage = ([one, five]: number[]) => `${one.toFixed(2)}/${five.toFixed(2)}`;

/**
 * `npm run bench:api`: on ml-latest-small (a Neo4j of its own, BENCH_BOLT_PORT, 7689 by
 * default), 16 concurrent clients for BENCH_API_SECONDS (10) per scenario over loopback HTTP,
 * then the pure-Cypher "users who rated this also rated" query of Neo4j's recommendations
 * guide through the driver at the same concurrency, and the ratio of the two.
 */
async function main(): Promise<void> {
  const loadAtStart = loadavg();
  useScratchNeo4j('neo4j-bench', Number(process.env.BENCH_BOLT_PORT ?? 7689));
  const database = await openDatabase();
  try {
    await useCatalogue(database, 'ml-latest-small', movieLensSmallCatalogue);
    const [sample] = await database.read<Sample>('bench/bench-sample');
    const models = ModelService.forDatabase(database);
    await models.train();
    const auth = authSettings();
    const app = await startApp(database, await buildReelgraphSchema(), models, 0, {
      auth,
      rateLimits: BENCH_RATE_LIMITS,
    });
    const results: LoadResult[] = [];
    let benchToken: string | undefined;
    try {
      const signUp = await withRetries(() =>
        graphql(
          app,
          `mutation { signUp(name: "bench:api", email: "bench-${randomUUID()}@bench.reelgraph.example", password: "${randomUUID()}") { token } }`,
        ),
      );
      benchToken = (signUp as { signUp: { token: string } }).signUp.token;
      for (const scenario of scenarios(sample, auth.adminToken!, benchToken)) {
        await withRetries(() => graphql(app, '{ me { id } }', benchToken)); // fail early on a broken setup
        results.push(
          await loadGraphQL(app.url, scenario, scenario.connections ?? CONNECTIONS, SECONDS),
        );
      }
    } finally {
      try {
        const token = benchToken;
        if (token) await withRetries(() => graphql(app, 'mutation { deleteMe }', token));
      } finally {
        await app.stop();
      }
    }

    const movieId = cycle(sample.movieIds);
    const guide =
      ONLY !== undefined
        ? undefined
        : await loadCypher(
            database,
            'cypher: users who rated this also rated',
            'bench/also-rated-by-movie',
            (n) => ({ movieId: movieId(n) }),
            CONNECTIONS,
            SECONDS,
          );
    if (guide) results.push(guide);

    console.log(
      `bench:api on ml-latest-small: ${sample.userIds.length} users, ${sample.movieIds.length} sampled movies, ${CONNECTIONS} concurrent clients unless said, ${SECONDS} s per scenario; load average ${loadAverage(loadAtStart)} at the start, ${loadAverage(loadavg())} at the end\n`,
    );
    console.log(loadTable(results));
    const recommendations = results.find((r) => r.scenario === 'recommendations(first: 20)');
    if (recommendations && guide)
      console.log(
        `\nrecommendations(first: 20) with reasons, over HTTP, serves ${(requestsPerSecond(recommendations) / requestsPerSecond(guide)).toFixed(2)}× the requests/s of the guide's Cypher query through the driver`,
      );
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
