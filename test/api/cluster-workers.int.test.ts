import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Database } from '../../src/graph/database';
import { openDatabase } from '../../src/graph/open-database';
import { uniqueId, AddedUsers } from '../support/added-users';
import { useDemoCatalogue } from '../support/catalogues';
import { ApiProcess, buildDist, eventually, startApiProcess } from '../support/api-process';

// REELGRAPH_WORKERS=2: one primary and two API workers on one port. No secret is configured, so
// the primary's generated ones must reach both workers; rate limits must count across them.

const WORKERS = 2;
const PER_USER_LIMIT = 4;

let database: Database;
let modelsDir: string;
let api: ApiProcess;
let addedUsers: AddedUsers;

/** The pids of the workers the primary has logged as listening, in order. */
const listeningPids = (): number[] =>
  api
    .output()
    .split('\n')
    .filter((line) => line.includes('"API worker listening"'))
    .map((line) => (JSON.parse(line) as { pid: number }).pid);

/** The primary's child processes: its workers. */
const workerPids = (): number[] =>
  execFileSync('pgrep', ['-P', String(api.child.pid)], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .filter(Boolean)
    .map(Number);

beforeAll(async () => {
  buildDist();
  database = await openDatabase();
  await useDemoCatalogue(database);
  addedUsers = await AddedUsers.since(database);
  modelsDir = await mkdtemp(path.join(os.tmpdir(), 'reelgraph-cluster-models-'));
  api = await startApiProcess(
    {
      REELGRAPH_WORKERS: String(WORKERS),
      MODELS_DIR: modelsDir,
      LOG_LEVEL: 'info',
      REELGRAPH_JWT_SECRET: '',
      REELGRAPH_ADMIN_TOKEN: '',
      REELGRAPH_RATE_LIMIT_PER_USER: String(PER_USER_LIMIT),
    },
    { captureOutput: true },
  );
  // The banner comes once every worker listens: before that, connections may all reach one.
  await eventually(
    'the primary to print its banner',
    async () => (api.output().includes(`(${WORKERS} API workers)`) ? true : undefined),
    120_000,
  );
}, 300_000);

afterAll(async () => {
  await api?.stop();
  await addedUsers?.remove(database);
  await database?.close();
  await rm(modelsDir, { recursive: true, force: true });
});

/** A request on a connection of its own, so Node's round robin hands each to the next worker. */
async function onNewConnection(query: string, token: string) {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      connection: 'close',
      authorization: `Bearer ${token}`,
    },
    body: JSON.stringify({ query }),
  });
  return {
    status: response.status,
    remaining: /remaining=(\d+)/.exec(response.headers.get('ratelimit') ?? '')?.[1],
    body: (await response.json()) as { data?: { me: { id: string } } },
  };
}

it('a session from one worker is good on every worker, and the limits count across them', async () => {
  expect(listeningPids()).toHaveLength(WORKERS);
  const signedUp = await api.graphql(
    'mutation($email: String!) { signUp(name: "Cluster viewer", email: $email, password: "cluster-password-1") { token } }',
    { email: `${uniqueId('cluster')}@test.reelgraph.example` },
  );
  expect(signedUp.errors).toBeUndefined();
  const token: string = signedUp.data!.signUp.token;

  const answers = [];
  for (let n = 0; n <= PER_USER_LIMIT; n++)
    answers.push(await onNewConnection('{ me { id } }', token));
  const allowed = answers.slice(0, PER_USER_LIMIT);
  expect(allowed.map(({ status }) => status)).toEqual(Array(PER_USER_LIMIT).fill(200));
  expect(new Set(allowed.map(({ body }) => body.data?.me.id)).size).toBe(1);
  // One count for the user whichever worker answered: per-worker counts would repeat a number.
  expect(allowed.map(({ remaining }) => Number(remaining))).toEqual(
    Array.from({ length: PER_USER_LIMIT }, (_, n) => PER_USER_LIMIT - 1 - n),
  );
  expect(answers[PER_USER_LIMIT].status).toBe(429);
});

it('a worker that dies is replaced, and stopping the primary stops every worker', async () => {
  const [killed, survivor] = listeningPids();
  process.kill(killed, 'SIGKILL');
  const replacement = await eventually(
    'a new worker to listen',
    async () => listeningPids().find((pid) => pid !== killed && pid !== survivor),
    60_000,
  );
  expect(workerPids().sort()).toEqual([survivor, replacement].sort());

  await api.stop();
  // They stopped on their own, not at the primary's deadline.
  expect(api.output()).not.toMatch(/still running .* after SIGTERM/);
  const alive = [survivor, replacement].filter((pid) => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  });
  expect(alive).toEqual([]);
}, 120_000);
