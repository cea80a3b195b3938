import { mkdtemp, readdir, readFile, rm, stat, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expectSameModels } from '../../test/support/same-models';
import { describeWithSharedData } from '../../test/support/shared-data';
import { loadMlLatestSmall, syntheticTrainingInput } from '../../test/support/training-inputs';
import { RECOMMENDER_DEFAULTS } from './config';
import {
  dataFingerprint,
  newestModelFile,
  readModelFile,
  readModelHeader,
  writeModelFile,
} from './model-file';
import { trainModelsInParallel } from './parallel-training';
import { trainModels } from './trained-models';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'reelgraph-models-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('model files', () => {
  const input = syntheticTrainingInput();
  const models = trainModels(input);
  const fingerprint = dataFingerprint(input.ratings, input.movies);

  it('round-trips every model exactly', async () => {
    const file = await writeModelFile(models, dir, fingerprint);
    expectSameModels(await readModelFile(file), models);
  });

  it('names the file by training time and fingerprint, and leaves nothing else behind', async () => {
    const file = await writeModelFile(models, path.join(dir, 'models'), fingerprint);
    const time = models.report.trainedAt.replace(/[-:]/g, '');
    expect(path.basename(file)).toBe(`reelgraph-${time}-${fingerprint.slice(0, 8)}.model`);
    expect(await readdir(path.dirname(file))).toEqual([path.basename(file)]);
  });

  it('has a header with the format, parameters, fingerprint, report and sections', async () => {
    const header = await readModelHeader(await writeModelFile(models, dir, fingerprint));
    expect(header).toMatchObject({
      format: 'reelgraph-model',
      version: 3,
      parameters: JSON.parse(JSON.stringify(RECOMMENDER_DEFAULTS)),
      fingerprint,
      report: models.report,
    });
    expect(header.sections).toContainEqual(
      expect.objectContaining({ name: 'factor.itemFactors', type: 'f64' }),
    );
    expect(header.sections).toContainEqual(
      expect.objectContaining({ name: 'data.userIds', type: 'json' }),
    );
    for (const { offset } of header.sections) expect(offset % 8).toBe(0);
  });

  it('refuses files of another format or version, and truncated ones, with clear errors', async () => {
    const other = path.join(dir, 'other.model');
    await writeFile(other, '{"format":"something-else","version":1}\n');
    await expect(readModelFile(other)).rejects.toThrow(/is not a reelgraph-model file/);
    await writeFile(other, 'PK\u0003\u0004 binary\n');
    await expect(readModelHeader(other)).rejects.toThrow(/is not a reelgraph-model file/);

    const file = await writeModelFile(models, dir, fingerprint);
    const text = await readFile(file);
    const newer = Buffer.from(
      text.toString('latin1').replace('"version":3', '"version":4'),
      'latin1',
    );
    await writeFile(other, newer);
    await expect(readModelFile(other)).rejects.toThrow(/version 4; this build reads version 3/);

    await truncate(file, (await stat(file)).size - 100);
    await expect(readModelFile(file)).rejects.toThrow(/truncated/);
  });

  it('finds the newest model file by the time in its name', async () => {
    expect(await newestModelFile(path.join(dir, 'absent'))).toBeUndefined();
    const older = {
      ...models,
      report: { ...models.report, trainedAt: '2024-01-01T00:00:00.000Z' },
    };
    const newer = {
      ...models,
      report: { ...models.report, trainedAt: '2025-06-01T12:00:00.000Z' },
    };
    const newest = await writeModelFile(newer, dir, fingerprint);
    await writeModelFile(older, dir, fingerprint);
    await writeFile(path.join(dir, '.reelgraph-2026.model.1a2b.tmp'), 'half a file');
    expect(await newestModelFile(dir)).toBe(newest);
  });
});

describe('dataFingerprint', () => {
  const { ratings, movies } = syntheticTrainingInput();
  const fingerprint = dataFingerprint(ratings, movies);

  it('is a sha256 hex digest that ignores the order of ratings, movies and features', () => {
    expect(fingerprint).toMatch(/^[0-9a-f]{64}$/);
    const shuffled = movies.map((movie) => ({ ...movie, cast: [...movie.cast].reverse() }));
    expect(dataFingerprint([...ratings].reverse(), shuffled.reverse())).toBe(fingerprint);
  });

  it('changes when a rating or a movie feature changes', () => {
    const rerated = ratings.map((r, n) => (n === 7 ? { ...r, rating: r.rating + 0.5 } : r));
    expect(dataFingerprint(rerated, movies)).not.toBe(fingerprint);
    const recast = movies.map((m, n) => (n === 3 ? { ...m, cast: [...m.cast, 'Someone'] } : m));
    expect(dataFingerprint(ratings, recast)).not.toBe(fingerprint);
  });
});

describeWithSharedData('model files on ml-latest-small', () => {
  it('fingerprints 100k ratings and round-trips the trained models', async () => {
    const { ratings, movies } = await loadMlLatestSmall();
    const fingerprint = dataFingerprint(ratings, movies);
    expect(fingerprint).toMatch(/^[0-9a-f]{64}$/);

    const models = await trainModelsInParallel({ ratings, movies });
    const file = await writeModelFile(models, dir, fingerprint);
    expect((await readModelHeader(file)).report.ratings).toBe(100836);
    expectSameModels(await readModelFile(file), models, 50);
  }, 300_000);
});
