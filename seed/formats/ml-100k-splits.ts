import path from 'node:path';
import type { OnIssue } from './parse-issue';
import { listFolder, MOVIELENS_LAYOUTS } from './movielens-format';
import { readRatingsFile, type ParsedRating, type ReadRatingsOptions } from './read-ratings';

/** One of ml-100k's official train/test splits: u1…u5 (5-fold), ua and ub (10 test ratings per user). */
export interface Ml100kSplit {
  name: string;
  base: string;
  test: string;
}

const BASE_FILE = /^(u\w+)\.base$/;

/** The splits in an ml-100k folder that have both their .base and .test file, by name. */
export async function listMl100kSplits(dir: string): Promise<Ml100kSplit[]> {
  const entries = await listFolder(dir);
  return entries
    .map((entry) => BASE_FILE.exec(entry)?.[1])
    .filter((name): name is string => name !== undefined && entries.includes(`${name}.test`))
    .sort()
    .map((name) => ({
      name,
      base: path.join(dir, `${name}.base`),
      test: path.join(dir, `${name}.test`),
    }));
}

/** Streams the training (`base`) or test ratings of a split; they have u.data's format. */
export function readMl100kSplit(
  split: Ml100kSplit,
  part: 'base' | 'test',
  onIssue: OnIssue,
  options: ReadRatingsOptions = {},
): AsyncIterable<ParsedRating[]> {
  return readRatingsFile(
    split[part],
    MOVIELENS_LAYOUTS['ml-100k'].ratings.dialect,
    onIssue,
    options,
  );
}
