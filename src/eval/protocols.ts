import { listMl100kSplits, readMl100kSplit, type Ml100kSplit } from '../../seed/formats';
import type { RawRating } from '../recommend/dataset';
import { kFoldSplits, perUserSplit } from '../recommend/splits';
import type { EvalDataset } from './eval-dataset';
import type { Protocol } from './eval-options';
import { EvalUsageError } from './eval-usage-error';

export interface EvalFold {
  /** `fold-1` …, or the official split's name (`u1` …). */
  name: string;
  train: RawRating[];
  test: RawRating[];
}

/** Share of each user's ratings held out by the top-N protocol (Microsoft Recommenders' 75/25). */
export const TOP_N_TEST_FRACTION = 0.25;

const OFFICIAL_SPLIT = /^u[1-5]$/;

async function readSplitPart(
  split: Ml100kSplit,
  part: 'base' | 'test',
  dataset: EvalDataset,
): Promise<RawRating[]> {
  const ratings: RawRating[] = [];
  const onIssue = (issue: (typeof dataset.issues)[number]) => dataset.issues.push(issue);
  for await (const batch of readMl100kSplit(split, part, onIssue)) {
    for (const { userId, movieId, rating } of batch) ratings.push({ userId, movieId, rating });
  }
  return ratings;
}

async function officialFolds(dataset: EvalDataset): Promise<EvalFold[]> {
  const splits =
    dataset.format === 'ml-100k'
      ? (await listMl100kSplits(dataset.dir)).filter((split) => OFFICIAL_SPLIT.test(split.name))
      : [];
  if (splits.length === 0) {
    throw new EvalUsageError(
      `--protocol official needs ml-100k's u1.base/u1.test … u5.base/u5.test in ${dataset.dir}`,
    );
  }
  const folds: EvalFold[] = [];
  for (const split of splits) {
    folds.push({
      name: split.name,
      train: await readSplitPart(split, 'base', dataset),
      test: await readSplitPart(split, 'test', dataset),
    });
  }
  return folds;
}

/** The train/test folds of a protocol, each drawn with the fixed seed. */
export async function protocolFolds(
  dataset: EvalDataset,
  protocol: Protocol,
  folds: number,
  seed: number,
): Promise<EvalFold[]> {
  switch (protocol) {
    case 'ratings':
      return kFoldSplits(dataset.ratings, folds, seed).map((split, n) => ({
        name: `fold-${n + 1}`,
        ...split,
      }));
    case 'official':
      return officialFolds(dataset);
    case 'topn':
      return [{ name: 'fold-1', ...perUserSplit(dataset.ratings, TOP_N_TEST_FRACTION, seed) }];
  }
}
