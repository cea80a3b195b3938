import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { LocalNeo4jSettings, localNeo4jSettings } from '../../src/config';
import {
  localNeo4jPid,
  localNeo4jState,
  startLocalNeo4j,
  stopLocalNeo4j,
} from '../../src/graph/local-neo4j';
import { superviseLocalNeo4j, Supervisor } from '../../src/graph/neo4j-supervisor';
import { projectRoot } from '../../src/project-root';
import { deleteTestAccounts, signUp, TestAccount } from '../support/accounts';
import { useDemoCatalogue } from '../support/catalogues';
import { startTestServer, TestServer } from '../support/test-server';

/**
 * Clients keep rating while Neo4j goes away, once stopped cleanly and once killed with SIGKILL.
 * Meanwhile they get SERVICE_UNAVAILABLE; afterwards the same API process serves again by itself,
 * and every acknowledged rating is stored. This suite runs a Neo4j of its own (port
 * NEO4J_FAULT_BOLT_PORT, default 7696), never the shared test one.
 */

const FAULT_PORT = process.env.NEO4J_FAULT_BOLT_PORT ?? '7696';
const FAULT_DATA_DIR = path.join(projectRoot, '.data', 'neo4j-fault');
const CLIENTS = 4;
const RATE =
  'mutation($movieId: ID!, $rating: Float!) { rateMovie(movieId: $movieId, rating: $rating) { value } }';
const STORED =
  '{ me { ratings(first: 100) { totalCount edges { node { value movie { id } } } } } }';

// An external test Neo4j (NEO4J_TEST_URI) cannot be stopped and started from here.
const describeWithOwnNeo4j = process.env.NEO4J_TEST_URI ? describe.skip : describe;

let settings: LocalNeo4jSettings;
let server: TestServer;
let supervisor: Supervisor;
let movieIds: string[];
const savedEnv = { port: process.env.NEO4J_BOLT_PORT, dataDir: process.env.NEO4J_DATA_DIR };

function restore(name: string, value: string | undefined) {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}

async function until(condition: () => boolean, what: string, timeoutMs = 240_000) {
  const deadline = performance.now() + timeoutMs;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error(`Gave up waiting for ${what}`);
    await sleep(50);
  }
}

interface Tally {
  /** `userId|movieId` → the value the API confirmed. */
  acknowledged: Map<string, number>;
  /** The rating each client was still trying when it stopped, unconfirmed. */
  unconfirmed: Set<string>;
  failures: Map<string, number>;
}

/** Rates `movies` one after another, retrying each until it is confirmed or `stop()`. */
async function keepRating(
  client: TestAccount,
  movies: string[],
  value: number,
  stop: () => boolean,
  tally: Tally,
): Promise<void> {
  for (const movieId of movies) {
    const key = `${client.userId}|${movieId}`;
    for (;;) {
      if (stop()) {
        tally.unconfirmed.add(key);
        return;
      }
      const { data, errors } = await server.graphql(RATE, { movieId, rating: value }, client.token);
      if (errors === undefined && data?.rateMovie.value === value) {
        tally.acknowledged.set(key, value);
        break;
      }
      const code = errors?.[0].extensions.code ?? 'no answer';
      tally.failures.set(code, (tally.failures.get(code) ?? 0) + 1);
      await sleep(100);
    }
  }
}

async function storedRatings(client: TestAccount): Promise<Map<string, number>> {
  const { data, errors } = await server.graphql(STORED, {}, client.token);
  expect(errors).toBeUndefined();
  const edges = data!.me.ratings.edges as { node: { value: number; movie: { id: string } } }[];
  return new Map(edges.map(({ node }) => [`${client.userId}|${node.movie.id}`, node.value]));
}

/** Ratings from CLIENTS users across `outage`, and what the graph holds afterwards. */
async function rateThrough(
  label: string,
  outage: () => Promise<void>,
  recover: () => Promise<void>,
) {
  const clients = await Promise.all(
    Array.from({ length: CLIENTS }, (_, n) => signUp(server, `Fault client ${n + 1}`)),
  );
  const tally: Tally = { acknowledged: new Map(), unconfirmed: new Set(), failures: new Map() };
  let stopped = false;
  const running = clients.map((client, n) => {
    const order = [...movieIds.slice(n * 20), ...movieIds.slice(0, n * 20)];
    return keepRating(client, order, 0.5 + n, () => stopped, tally);
  });
  const unavailable = () => tally.failures.get('SERVICE_UNAVAILABLE') ?? 0;

  await until(() => tally.acknowledged.size >= 2 * CLIENTS, 'ratings before the outage');
  await outage();
  await until(() => unavailable() >= CLIENTS, 'SERVICE_UNAVAILABLE during the outage');
  await recover();
  const afterOutage = tally.acknowledged.size;
  await until(() => tally.acknowledged.size >= afterOutage + 2 * CLIENTS, 'ratings afterwards');
  stopped = true;
  await Promise.all(running);

  const stored = new Map<string, number>();
  for (const client of clients)
    for (const [key, value] of await storedRatings(client)) stored.set(key, value);
  const lost = [...tally.acknowledged].filter(([key, value]) => stored.get(key) !== value);
  const unexplained = [...stored.keys()].filter(
    (key) => !tally.acknowledged.has(key) && !tally.unconfirmed.has(key),
  );
  console.log(
    `${label}: acknowledged ${tally.acknowledged.size}, stored ${stored.size}, lost ${lost.length}; refusals meanwhile: ${JSON.stringify(Object.fromEntries(tally.failures))}`,
  );
  return { tally, stored, lost, unexplained };
}

describeWithOwnNeo4j('Neo4j going away under concurrent ratings', () => {
  beforeAll(async () => {
    process.env.NEO4J_BOLT_PORT = FAULT_PORT;
    process.env.NEO4J_DATA_DIR = FAULT_DATA_DIR;
    settings = localNeo4jSettings();
    server = await startTestServer(useDemoCatalogue);
    supervisor = superviseLocalNeo4j(settings, 250);
    const { data } = await server.graphql('{ movies(first: 100) { edges { node { id } } } }');
    movieIds = data!.movies.edges.map((edge: { node: { id: string } }) => edge.node.id);
    expect(movieIds).toHaveLength(100);
  });

  afterAll(async () => {
    supervisor?.stop();
    if (server) {
      await deleteTestAccounts(server);
      await server.stop();
    }
    if (settings) await stopLocalNeo4j(settings);
    restore('NEO4J_BOLT_PORT', savedEnv.port);
    restore('NEO4J_DATA_DIR', savedEnv.dataDir);
  });

  it('a clean stop and start: SERVICE_UNAVAILABLE meanwhile, nothing acknowledged is lost', async () => {
    const result = await rateThrough(
      'clean stop',
      async () => {
        expect(await stopLocalNeo4j(settings)).toBe('stopped');
        // A deliberate stop is left alone by the supervisor.
        expect(localNeo4jState(settings)).toBe('stopped');
      },
      async () => {
        expect(await startLocalNeo4j(settings)).toBe('started');
      },
    );
    expect(result.lost).toEqual([]);
    expect(result.unexplained).toEqual([]);
    expect([...result.tally.failures.keys()]).toEqual(['SERVICE_UNAVAILABLE']);
  });

  it('SIGKILL: the supervisor starts Neo4j again and nothing acknowledged is lost', async () => {
    const killed = localNeo4jPid(settings);
    expect(killed).toBeDefined();
    const result = await rateThrough(
      'SIGKILL',
      async () => {
        process.kill(killed!, 'SIGKILL');
      },
      () =>
        until(
          () => localNeo4jPid(settings) !== undefined && localNeo4jPid(settings) !== killed,
          'the supervisor to start Neo4j again',
        ),
    );
    expect(localNeo4jPid(settings)).not.toBe(killed);
    expect(result.lost).toEqual([]);
    expect(result.unexplained).toEqual([]);
    expect([...result.tally.failures.keys()]).toEqual(['SERVICE_UNAVAILABLE']);
  });
});
