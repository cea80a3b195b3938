import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Database } from '../../src/graph/database';
import { openDatabase } from '../../src/graph/open-database';
import { uniqueId, AddedUsers } from '../support/added-users';
import { useDemoCatalogue } from '../support/catalogues';
import {
  ApiProcess,
  buildDist,
  distScript,
  eventually,
  startApiProcess,
} from '../support/api-process';

/**
 * Two API processes over one Neo4j and one shared model folder, as replicas behind a load
 * balancer run: neither keeps state the other needs.
 */
let database: Database;
let modelsDir: string;
let first: ApiProcess;
let second: ApiProcess;
let addedUsers: AddedUsers;
let viewerToken: string;

beforeAll(async () => {
  buildDist();
  database = await openDatabase();
  await useDemoCatalogue(database);
  addedUsers = await AddedUsers.since(database);
  modelsDir = await mkdtemp(path.join(os.tmpdir(), 'reelgraph-models-'));
  // Both replicas watch the folder; polling stays on for stores without file events.
  // Replicas share the token secret, so a session from one is good on the other.
  const env = {
    MODELS_DIR: modelsDir,
    MODELS_POLL_SECONDS: '1',
    LOG_LEVEL: 'warn',
    REELGRAPH_JWT_SECRET: `${uniqueId('replica-secret')}-${uniqueId('long-enough')}`,
  };
  first = await startApiProcess(env);
  second = await startApiProcess(env);
}, 300_000);

afterAll(async () => {
  await Promise.all([first?.stop(), second?.stop()]);
  await addedUsers?.remove(database);
  await database?.close();
  await rm(modelsDir, { recursive: true, force: true });
});

const RECOMMENDED = '{ recommendations(first: 5) { movie { id } } }';

async function recommendedBy(api: ApiProcess): Promise<string[]> {
  const { data, errors } = await api.graphql(RECOMMENDED, {}, viewerToken);
  expect(errors).toBeUndefined();
  return data!.recommendations.map((item: { movie: { id: string } }) => item.movie.id);
}

it('a rating made through one process changes what the other recommends within a second', async () => {
  const signedUp = await first.graphql(
    'mutation($email: String!) { signUp(name: "Replica viewer", email: $email, password: "replica-password-1") { token } }',
    { email: `${uniqueId('replica')}@test.reelgraph.example` },
  );
  expect(signedUp.errors).toBeUndefined();
  viewerToken = signedUp.data!.signUp.token;

  const before = await recommendedBy(second);
  expect(before).toHaveLength(5);
  const rated = await first.graphql(
    'mutation($movieId: ID!) { rateMovie(movieId: $movieId, rating: 5) { value } }',
    { movieId: before[0] },
    viewerToken,
  );
  expect(rated.errors).toBeUndefined();

  // A rated movie is never recommended again: the other process must see the rating at once.
  const after = await eventually(
    'the second process to stop recommending the movie rated through the first',
    async () => {
      const ids = await recommendedBy(second);
      return ids.includes(before[0]) ? undefined : ids;
    },
    1_000,
  );
  expect(after).toHaveLength(5);
});

it('a model written by npm run train is swapped in by both processes without a restart', async () => {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [distScript('src', 'cli', 'train.js')],
    {
      env: { ...process.env, MODELS_DIR: modelsDir, LOG_LEVEL: 'warn' },
    },
  );
  const written = /Wrote (.+)/.exec(stdout)?.[1];
  expect(written).toBeDefined();
  const file = path.basename(written!);

  for (const api of [first, second]) {
    const health = await eventually(
      `${api.url} to serve ${file}`,
      async () => {
        const current = await api.health();
        return current.model === file ? current : undefined;
      },
      30_000,
    );
    expect(health).toEqual({ status: 'ok', model: file });
  }
  expect(await recommendedBy(first)).toHaveLength(5);
});
