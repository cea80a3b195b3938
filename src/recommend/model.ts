import type { RatingDataset } from './dataset';

/**
 * Why a model could not use everything it normally would for an estimate:
 * - `unknown-user` / `unknown-item` / `unknown-user-and-item`: the index is not in the training
 *   data, so only the global mean and the known bias (if any) were used;
 * - `no-neighbours`: the user rated no item similar to the target, so the baseline was returned;
 * - `no-interactions`: a top-N model had nothing about the user and fell back to popularity.
 */
export type FallbackReason =
  'unknown-user' | 'unknown-item' | 'unknown-user-and-item' | 'no-neighbours' | 'no-interactions';

export interface Prediction {
  /** Finite and clipped to the dataset's rating scale. */
  readonly estimate: number;
  /** null when the model used everything it normally uses. */
  readonly fallback: FallbackReason | null;
}

/** A fitted rating model (the Surprise contract): estimate the rating of user u for item i. */
export interface RatingModel {
  readonly data: RatingDataset;
  predict(userIndex: number, itemIndex: number): Prediction;
}

/** A fitted top-N model: a score for every item of the training data for one user. */
export interface ItemScorer {
  readonly data: RatingDataset;
  /** Length `data.nItems`; items the model cannot rank get -Infinity. */
  scoreItems(userIndex: number): ItemScores;
}

export interface ItemScores {
  readonly scores: Float64Array;
  readonly fallback: FallbackReason | null;
}

/** Something that fits a model on a dataset, so evaluation code can treat models alike. */
export interface Estimator<M> {
  readonly name: string;
  fit(data: RatingDataset): M;
}

/** The fallback reason for a known/unknown user and item (null when both are known). */
export function fallbackFor(userKnown: boolean, itemKnown: boolean): FallbackReason | null {
  if (userKnown && itemKnown) return null;
  if (userKnown) return 'unknown-item';
  if (itemKnown) return 'unknown-user';
  return 'unknown-user-and-item';
}

/** Which of user and item the dataset knows, as a fallback reason (null when both). */
export function unknownReason(
  data: RatingDataset,
  userIndex: number,
  itemIndex: number,
): FallbackReason | null {
  return fallbackFor(data.hasUser(userIndex), data.hasItem(itemIndex));
}
