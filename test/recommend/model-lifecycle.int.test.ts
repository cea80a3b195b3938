import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Database } from '../../src/graph/database';
import { openDatabase } from '../../src/graph/open-database';
import { RecommendRepository } from '../../src/graph/recommend-repository';
import { readModelHeader } from '../../src/recommend/model-file';
import { ModelService, trainAndSave } from '../../src/server/model-service';
import { useDemoCatalogue } from '../support/catalogues';

let database: Database;
let dir: string;
const services: ModelService[] = [];

beforeAll(async () => {
  database = await openDatabase();
  await useDemoCatalogue(database);
  dir = await mkdtemp(path.join(os.tmpdir(), 'reelgraph-models-'));
});

afterAll(async () => {
  for (const service of services) service.stop();
  await database.close();
  await rm(dir, { recursive: true, force: true });
});

const startService = async () => {
  const service = ModelService.forDatabase(database);
  services.push(service);
  await service.start(dir);
  return service;
};

const until = async (condition: () => boolean, timeoutMs: number) => {
  const deadline = Date.now() + timeoutMs;
  while (!condition() && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 50));
  return condition();
};

it('trains and writes a model file when there is none, then loads that file on the next start', async () => {
  const first = await startService();
  expect(first.servedFile).toBeDefined();
  const header = await readModelHeader(first.servedFile!);
  expect(header.report).toMatchObject({ users: expect.any(Number), movies: expect.any(Number) });
  expect(header.report.heldOutRmse).toBeGreaterThan(0);
  expect(header.report.heldOutRmse).toBeLessThan(1.5);
  expect(header.fingerprint).toMatch(/^[0-9a-f]{64}$/);

  const second = await startService();
  expect(second.servedFile).toBe(first.servedFile);
  expect((await readdir(dir)).filter((name) => name.endsWith('.model'))).toHaveLength(1);
});

it('swaps in a newer model file without a restart', async () => {
  const service = await startService();
  const before = service.servedFile;
  const recommenderBefore = service.current();
  const { file } = await trainAndSave(new RecommendRepository(database), dir);
  expect(file).not.toBe(before);
  expect(await until(() => service.servedFile === file, 60_000)).toBe(true);
  expect(service.current()).not.toBe(recommenderBefore);
});

it('keeps only the newest three model files', async () => {
  const stale = [
    'reelgraph-20000101T000000.000Z-00000000.model',
    'reelgraph-20000102T000000.000Z-00000000.model',
  ];
  for (const name of stale) await writeFile(path.join(dir, name), 'old');
  const before = (await readdir(dir)).filter((name) => name.endsWith('.model')).sort();
  expect(before.length).toBeGreaterThanOrEqual(4);
  const { file } = await trainAndSave(new RecommendRepository(database), dir);
  const after = (await readdir(dir)).filter((name) => name.endsWith('.model')).sort();
  expect(after).toEqual([...before.slice(-2), path.basename(file)]);
  for (const name of stale) expect(after).not.toContain(name);
});
