import type { RawRating } from './dataset';
import { mulberry32, permutation, shuffleInPlace } from './random';

export interface Split {
  readonly train: RawRating[];
  readonly test: RawRating[];
}

/** k folds of a seeded random partition of the ratings; fold f tests on the f-th part. */
export function kFoldSplits(ratings: readonly RawRating[], folds: number, seed: number): Split[] {
  if (!Number.isInteger(folds) || folds < 2) throw new RangeError('Need at least 2 folds');
  const order = permutation(ratings.length, mulberry32(seed));
  const foldOf = new Int32Array(ratings.length);
  order.forEach((ratingIndex, position) => (foldOf[ratingIndex] = position % folds));
  return Array.from({ length: folds }, (_, fold) => {
    const split: Split = { train: [], test: [] };
    ratings.forEach((rating, n) => (foldOf[n] === fold ? split.test : split.train).push(rating));
    return split;
  });
}

/** A seeded random share of the ratings held out (e.g. a validation set carved from training data). */
export function randomSplit(
  ratings: readonly RawRating[],
  testFraction: number,
  seed: number,
): Split {
  const order = permutation(ratings.length, mulberry32(seed));
  const nTest = Math.round(ratings.length * testFraction);
  const split: Split = { train: [], test: [] };
  order.forEach((ratingIndex, position) =>
    (position < nTest ? split.test : split.train).push(ratings[ratingIndex]),
  );
  return split;
}

/**
 * Per-user holdout: round(testFraction · n_u) of each user's ratings (chosen at random, seeded) go
 * to test, always leaving the user at least one training rating.
 */
export function perUserSplit(
  ratings: readonly RawRating[],
  testFraction: number,
  seed: number,
): Split {
  const random = mulberry32(seed);
  const byUser = new Map<string, RawRating[]>();
  for (const rating of ratings) {
    const list = byUser.get(rating.userId);
    if (list) list.push(rating);
    else byUser.set(rating.userId, [rating]);
  }
  const split: Split = { train: [], test: [] };
  for (const list of byUser.values()) {
    shuffleInPlace(list, random);
    const nTest = Math.min(list.length - 1, Math.round(list.length * testFraction));
    split.test.push(...list.slice(0, nTest));
    split.train.push(...list.slice(nTest));
  }
  return split;
}
