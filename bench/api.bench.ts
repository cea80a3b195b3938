import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { useScratchNeo4j } from '../src/config';
import { openDatabase } from '../src/graph/open-database';
import { RecommendRepository } from '../src/graph/recommend-repository';
import { trainAndSave } from '../src/server/model-service';
import { workerCount } from '../src/server/workers';
import { useCatalogue } from '../seed/graph-loader';
import { movieLensSmallCatalogue } from '../seed/shared-datasets';
import { startApiProcess } from './support/api-process';
import { loadCypher } from './cypher-load';
import { GraphQLScenario, loadGraphQL } from './graphql-load';
import { LoadResult, loadTable, requestsPerSecond } from './load-report';

const CONNECTIONS = 16;
const SECONDS = Number(process.env.BENCH_API_SECONDS ?? 10);
const API_STARTUP_TIMEOUT_MS = 5 * 60_000;

/** Limits stay on (their cost is part of a request) but far above what the bench sends. */
const BENCH_RATE_LIMITS = {
  REELGRAPH_RATE_LIMIT_PER_IP: '10000000',
  REELGRAPH_RATE_LIMIT_PER_USER: '10000000',
  REELGRAPH_RATE_LIMIT_SIGN_IN_PER_IP: '10000000',
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

async function graphql(url: string, query: string, token?: string) {
  const response = await fetch(`${url}/graphql`, {
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
 * default), trains a model file and serves it from the API in a process of its own
 * (BENCH_API_PORT, 4091 by default), as `npm start` runs it, so the load generator here does not
 * share the server's event loop; 16 concurrent clients for BENCH_API_SECONDS (10) per scenario over loopback HTTP,
 * then the pure-Cypher "users who rated this also rated" query of Neo4j's recommendations
 * guide through the driver at the same concurrency, and the ratio of the two.
 */
async function main(): Promise<void> {
  const loadAtStart = loadavg();
  useScratchNeo4j('neo4j-bench', Number(process.env.BENCH_BOLT_PORT ?? 7689));
  const database = await openDatabase();
  const modelsDir = await mkdtemp(path.join(tmpdir(), 'reelgraph-bench-api-'));
  try {
    await useCatalogue(database, 'ml-latest-small', movieLensSmallCatalogue);
    const [sample] = await database.read<Sample>('bench/bench-sample');
    await trainAndSave(new RecommendRepository(database), modelsDir);
    const adminToken = process.env.REELGRAPH_ADMIN_TOKEN ?? `bench-api-admin-${randomUUID()}`;
    const url = `http://127.0.0.1:${process.env.BENCH_API_PORT ?? 4091}`;
    const api = await startApiProcess(
      {
        ...process.env,
        ...BENCH_RATE_LIMITS,
        PORT: new URL(url).port,
        MODELS_DIR: modelsDir,
        REELGRAPH_ADMIN_TOKEN: adminToken,
        LOG_LEVEL: 'warn',
      },
      url,
      API_STARTUP_TIMEOUT_MS,
    );
    const results: LoadResult[] = [];
    let benchToken: string | undefined;
    try {
      const signUp = await withRetries(() =>
        graphql(
          url,
          `mutation { signUp(name: "bench:api", email: "bench-${randomUUID()}@bench.reelgraph.example", password: "${randomUUID()}") { token } }`,
        ),
      );
      benchToken = (signUp as { signUp: { token: string } }).signUp.token;
      for (const scenario of scenarios(sample, adminToken, benchToken)) {
        await withRetries(() => graphql(url, '{ me { id } }', benchToken)); // fail early on a broken setup
        results.push(
          await loadGraphQL(url, scenario, scenario.connections ?? CONNECTIONS, SECONDS),
        );
      }
    } finally {
      try {
        const token = benchToken;
        if (token) await withRetries(() => graphql(url, 'mutation { deleteMe }', token));
      } finally {
        await api.stop();
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
      `bench:api on ml-latest-small: ${sample.userIds.length} users, ${sample.movieIds.length} sampled movies, ${workerCount()} API worker process(es) (REELGRAPH_WORKERS), ${CONNECTIONS} concurrent clients unless said, ${SECONDS} s per scenario; load average ${loadAverage(loadAtStart)} at the start, ${loadAverage(loadavg())} at the end\n`,
    );
    console.log(loadTable(results));
    const recommendations = results.find((r) => r.scenario === 'recommendations(first: 20)');
    if (recommendations && guide)
      console.log(
        `\nrecommendations(first: 20) with reasons, over HTTP, serves ${(requestsPerSecond(recommendations) / requestsPerSecond(guide)).toFixed(2)}× the requests/s of the guide's Cypher query through the driver`,
      );
  } finally {
    await rm(modelsDir, { recursive: true, force: true });
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
