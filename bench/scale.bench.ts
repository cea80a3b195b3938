import path from 'node:path';
import { parseArgs } from 'node:util';
import 'reflect-metadata';
import { authSettings } from '../src/auth/auth-settings';
import { localNeo4jSettings, useScratchNeo4j } from '../src/config';
import { openDatabase } from '../src/graph/open-database';
import { buildReelgraphSchema } from '../src/schema/build-schema';
import { startApp } from '../src/server/app';
import { ModelService } from '../src/server/model-service';
import { DEFAULT_RATE_LIMITS } from '../src/server/rate-limit-settings';
import { startLocalNeo4j, stopLocalNeo4j } from '../src/graph/local-neo4j';
import { projectRoot } from '../src/project-root';
import { percentile, timeEach } from './support/latency';
import { startApiProcess } from './support/api-process';
import { PeakRss } from './support/process-memory';
import { measureScript, neo4jPid, StepResult } from './support/measured-script';
import { moreRatingsSteps } from './support/more-ratings';

const USAGE = [
  'Usage: npm run bench:scale -- <MovieLens folder> [--metadata movie_metadata.csv] [--requests 200]',
  '       npm run bench:scale -- --reads-only [--models <folder>] [--requests 200]   (the graph the bench Neo4j holds: no seed, no training; with --models the API serves the newest model file in that folder)',
  '       npm run bench:scale -- --more-ratings 100000 [--catalogue-seed 42]   (loads that many generated ratings from new users, as many from users of the graph, and the first file again, into the graph the bench Neo4j holds, which keeps them: use a copy)',
].join('\n');
const API_STARTUP_TIMEOUT_MS = 30 * 60_000;

const dist = (...parts: string[]) => path.join(projectRoot, 'dist', ...parts);

async function graphql<T>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${process.env.REELGRAPH_ADMIN_TOKEN}`,
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(body.errors[0])}`);
  return body.data!;
}

const lastLine = (output: string) => output.trim().split('\n').at(-1) ?? '';

interface BenchApi {
  result?: StepResult;
  stop(): Promise<void>;
}

/**
 * When no model can be trained (or --reads-only), the catalogue's reads are still timed over HTTP: the API runs in
 * this process with nothing to serve recommendations from (they answer SERVICE_UNAVAILABLE).
 */
async function startApiWithoutModel(port: string): Promise<BenchApi> {
  console.error('No model: timing the catalogue reads on an API without one.');
  const database = await openDatabase();
  const app = await startApp(
    database,
    await buildReelgraphSchema(),
    ModelService.forDatabase(database),
    Number(port),
    { auth: authSettings(), rateLimits: { ...DEFAULT_RATE_LIMITS, perIp: 0, perUser: 0 } },
  );
  return {
    async stop() {
      await app.stop();
      await database.close();
    },
  };
}

async function startApi(env: NodeJS.ProcessEnv, url: string): Promise<BenchApi> {
  let pid: number | undefined;
  const own = new PeakRss(() => pid);
  const neo4j = new PeakRss(neo4jPid);
  const api = await startApiProcess(env, url, API_STARTUP_TIMEOUT_MS, (child) => {
    pid = child.pid;
  });
  own.sample();
  return {
    result: {
      step: 'API start-up to healthy (model load)',
      seconds: api.startupSeconds,
      peakRssMiB: own.stop(),
      neo4jPeakRssMiB: neo4j.stop(),
      note: '',
    },
    stop: api.stop,
  };
}

const mib = (value: number) => (value === 0 ? '-' : `${Math.round(value)} MiB`);

function pickEvenly<T>(items: readonly T[], count: number): T[] {
  if (items.length === 0) throw new Error('nothing to pick requests from');
  return Array.from(
    { length: count },
    (_, index) => items[Math.floor((index * items.length) / count) % items.length],
  );
}

interface CataloguePage {
  endCursor: string;
  /** The page's first title. */
  title: string;
}

/** Every page of `movies(first: 100)`, following each page's own endCursor. */
async function cataloguePagesOf(url: string): Promise<CataloguePage[]> {
  const pages: CataloguePage[] = [];
  let after: string | null = null;
  for (;;) {
    const { movies }: { movies: CatalogueConnection } = await graphql(
      url,
      'query($after: String) { movies(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { title } } } }',
      { after },
    );
    pages.push({ endCursor: movies.pageInfo.endCursor, title: movies.edges[0].node.title });
    if (!movies.pageInfo.hasNextPage) return pages;
    after = movies.pageInfo.endCursor;
  }
}

interface CatalogueConnection {
  pageInfo: { hasNextPage: boolean; endCursor: string };
  edges: { node: { title: string } }[];
}

const RECOMMENDATIONS =
  'query($userId: ID!) { recommendations(userId: $userId, first: 20) { movie { id title } score reasons { text } } }';

/** Users the timed sample asks for (one page of `users`), and as many others that warm the server up first. */
const SAMPLED_USERS = 100;

/** The first `pages` pages of `users(first: SAMPLED_USERS)`, following each page's endCursor. */
async function userIdsOf(url: string, pages: number): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  for (let page = 0; page < pages; page++) {
    const { users }: { users: UserConnection } = await graphql(
      url,
      `query($after: String) { users(first: ${SAMPLED_USERS}, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } } }`,
      { after },
    );
    ids.push(...users.edges.map(({ node }) => node.id));
    if (!users.pageInfo.hasNextPage) break;
    after = users.pageInfo.endCursor;
  }
  return ids;
}

interface UserConnection {
  pageInfo: { hasNextPage: boolean; endCursor: string };
  edges: { node: { id: string } }[];
}

async function latencies(url: string, requests: number, withRecommendations: boolean) {
  const userIds = await userIdsOf(url, 2);
  // Every page's endCursor, as a client walking the catalogue A to Z gets them (this is the
  // setup, not timed); the first title of each page is what a search types, so the searches
  // spread over the catalogue (a single page's titles on a generated catalogue all start alike).
  const cataloguePages = await cataloguePagesOf(url);
  const endCursors = cataloguePages.map((page) => page.endCursor);
  // What a person types is the first word or two of a title.
  const searches = cataloguePages.map(({ title }) =>
    title
      .split(/[\s,:(]+/)
      .slice(0, 2)
      .join(' '),
  );
  const pages = pickEvenly([null, ...endCursors.slice(0, -1)], requests);
  const timed: Record<string, number[]> = {};
  if (withRecommendations) {
    const recommend = (userId: string) => graphql(url, RECOMMENDATIONS, { userId }).then(() => {});
    // A server in service has answered many users before: other users than the timed ones warm
    // it up (the JIT, Neo4j's page cache for what every request reads); it reads none of the
    // timed users' own ratings.
    const others = userIds.slice(SAMPLED_USERS);
    for (const userId of others) await recommend(userId);
    console.log(
      `\nWarmed up: recommendations for ${others.length} other users before the timed ones.`,
    );
    timed['recommendations(first: 20)'] = await timeEach(
      pickEvenly(userIds.slice(0, SAMPLED_USERS), requests),
      recommend,
    );
  }
  timed['movies(search), first 10'] = await timeEach(pickEvenly(searches, requests), (search) =>
    graphql(
      url,
      'query($search: String!) { movies(filter: { search: $search }, first: 10) { totalCount edges { node { id title year } } } }',
      { search },
    ).then(() => {}),
  );
  timed['movies(first: 100), pages across the catalogue'] = await timeEach(pages, (after) =>
    graphql(
      url,
      'query($after: String) { movies(first: 100, after: $after) { totalCount edges { node { id title year } } } }',
      { after },
    ).then(() => {}),
  );
  timed['movies(orderBy: POPULARITY, first: 20) with ratingStats'] = await timeEach(
    Array.from({ length: Math.min(requests, 50) }, (_, index) => index),
    () =>
      graphql(
        url,
        '{ movies(orderBy: POPULARITY, first: 20) { totalCount edges { node { id title ratingStats { count average } } } } }',
      ).then(() => {}),
  );
  return Object.entries(timed).map(([query, millis]) => ({
    query,
    n: millis.length,
    p50: percentile(millis, 0.5),
    p99: percentile(millis, 0.99),
  }));
}

function printSteps(steps: StepResult[]): void {
  console.log('\n| step | wall | peak RSS (own) | Neo4j peak RSS | notes |\n|---|---|---|---|---|');
  for (const step of steps) {
    console.log(
      `| ${step.step} | ${step.seconds.toFixed(1)} s | ${mib(step.peakRssMiB)} | ${mib(step.neo4jPeakRssMiB)} | ${step.note} |`,
    );
  }
}

function printLatencies(rows: { query: string; n: number; p50: number; p99: number }[]): void {
  console.log('\n| over HTTP, sequential | n | p50 | p99 |\n|---|---|---|---|');
  for (const row of rows) {
    console.log(
      `| ${row.query} | ${row.n} | ${row.p50.toFixed(1)} ms | ${row.p99.toFixed(1)} ms |`,
    );
  }
}

/**
 * `npm run bench:scale -- <dir>`: on a Neo4j of its own (NEO4J_BENCH_BOLT_PORT, default 7690,
 * data in .data/neo4j-scale), times `npm run seed` (bulk import when the graph is empty and large),
 * `npm run train`, the API's start-up with that model and requests over HTTP, and prints one table.
 */
async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      metadata: { type: 'string' },
      requests: { type: 'string', default: '200' },
      'reads-only': { type: 'boolean', default: false },
      models: { type: 'string' },
      'more-ratings': { type: 'string' },
      'catalogue-seed': { type: 'string', default: '42' },
    },
  });
  const requests = Number(values.requests);
  const readsOnly = values['reads-only'];
  const moreRatings =
    values['more-ratings'] === undefined ? undefined : Number(values['more-ratings']);
  const catalogueSeed = Number(values['catalogue-seed']);
  const graphOnly = readsOnly || moreRatings !== undefined;
  if (
    positionals.length !== (graphOnly ? 0 : 1) ||
    (readsOnly && moreRatings !== undefined) ||
    (moreRatings !== undefined && !(Number.isInteger(moreRatings) && moreRatings > 0)) ||
    !Number.isInteger(catalogueSeed) ||
    !Number.isInteger(requests) ||
    requests < 1 ||
    (values.models !== undefined && !readsOnly)
  )
    throw new Error(USAGE);

  useScratchNeo4j('neo4j-scale', Number(process.env.NEO4J_BENCH_BOLT_PORT ?? 7690));
  const settings = localNeo4jSettings();
  await startLocalNeo4j(settings);
  const apiPort = process.env.BENCH_API_PORT ?? '4090';
  const url = `http://127.0.0.1:${apiPort}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    MODELS_DIR: path.join(projectRoot, '.data', 'scale-models'),
    PORT: apiPort,
    REELGRAPH_ADMIN_TOKEN:
      process.env.REELGRAPH_ADMIN_TOKEN ?? 'bench-scale-admin-token-of-32-characters',
    // One client sends every request: the per-address limit would turn most of them into 429s.
    REELGRAPH_RATE_LIMIT_PER_IP: '0',
    REELGRAPH_RATE_LIMIT_PER_USER: '0',
    LOG_LEVEL: 'warn',
    // Latency is what is measured: a slow request on a busy machine should count as slow, not
    // fail the run at the API's 2-second budget (a cold page cache makes the first ones slow).
    REELGRAPH_TIME_BUDGET_MS: process.env.REELGRAPH_TIME_BUDGET_MS ?? '60000',
    NEO4J_TX_TIMEOUT_MS: process.env.NEO4J_TX_TIMEOUT_MS ?? '60000',
  };
  Object.assign(process.env, {
    REELGRAPH_TIME_BUDGET_MS: env.REELGRAPH_TIME_BUDGET_MS,
    NEO4J_TX_TIMEOUT_MS: env.NEO4J_TX_TIMEOUT_MS,
  });
  process.env.REELGRAPH_ADMIN_TOKEN = env.REELGRAPH_ADMIN_TOKEN;
  const metadata = values.metadata === undefined ? [] : ['--metadata', values.metadata];
  const steps: StepResult[] = [];

  if (moreRatings !== undefined) {
    const database = await openDatabase();
    try {
      printSteps(await moreRatingsSteps(database, env, { ratings: moreRatings, catalogueSeed }));
    } finally {
      await database.close();
      await stopLocalNeo4j(settings);
    }
    return;
  }
  if (readsOnly) {
    const models = values.models;
    const api =
      models === undefined
        ? await startApiWithoutModel(apiPort)
        : await startApi({ ...env, MODELS_DIR: path.resolve(models) }, url);
    try {
      if (api.result) printSteps([api.result]);
      printLatencies(await latencies(url, requests, models !== undefined));
    } finally {
      await api.stop();
      await stopLocalNeo4j(settings);
    }
    return;
  }
  const seed = await measureScript(
    [dist('seed', 'cli.js'), 'movielens', path.resolve(positionals[0]), ...metadata, '--reset'],
    env,
  );
  steps.push({
    step: 'npm run seed (Neo4j already started)',
    ...seed,
    note: /Loaded .*/.exec(seed.output)?.[0] ?? '',
  });
  if (seed.failed) throw new Error('The seed failed; its output is above.');
  const train = await measureScript([dist('src', 'cli', 'train.js')], env);
  steps.push({
    step: 'npm run train',
    ...train,
    note: train.failed
      ? `FAILED: ${lastLine(train.output)}`
      : (/Trained on [^;]*/.exec(train.output)?.[0] ?? ''),
  });
  const api = train.failed ? await startApiWithoutModel(apiPort) : await startApi(env, url);
  try {
    if (api.result) steps.push(api.result);
    printSteps(steps);
    printLatencies(await latencies(url, requests, !train.failed));
  } finally {
    await api.stop();
    await stopLocalNeo4j(settings);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
