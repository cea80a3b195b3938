import type { ReasonChecks } from './reason-checks';
import type { RatingDataset, RawRating } from '../recommend/dataset';
import type { MovieFacts } from '../recommend/trained-models';

/** One fold's training side, as every contender receives it. */
export interface FoldContext {
  readonly train: readonly RawRating[];
  /** `train` indexed once, shared by the contenders (they never modify it). */
  readonly data: RatingDataset;
  readonly movies: readonly MovieFacts[];
}

/** Predicted ratings of the test rows, in their order. */
export type RatingPredictor = (test: readonly RawRating[]) => Float64Array;

/**
 * A user's top k movie ids, best first, leaving out every movie the user rated in training; the
 * served recommender also returns the checks of its reasons (fidelity and specificity).
 */
export type Ranker = (userId: string, k: number) => Promise<RankedList>;

export interface RankedList {
  readonly ids: readonly string[];
  readonly checks?: ReasonChecks;
}

/** A model the eval trains on each fold: a rating predictor, a ranker, or both. */
export interface Contender {
  readonly name: string;
  fitRatings?(fold: FoldContext): RatingPredictor;
  fitRanking?(fold: FoldContext): Ranker;
}
