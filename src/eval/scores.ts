import type { ReasonChecks } from './reason-checks';
import type { RatingDataset, RawRating } from '../recommend/dataset';
import { scoreTopN } from '../recommend/evaluation';
import { mae, rmse } from '../recommend/metrics';

/** The cut-off of every top-N metric. */
export const K = 10;

export const RATING_METRICS = ['rmse', 'mae'] as const;
export const RANKING_METRICS = [
  'precision@10',
  'recall@10',
  'ndcg@10',
  'map@10',
  'map',
  'coverage',
  'meanPopularityRank',
  'fidelity@10',
  'specificity@10',
] as const;

export type MetricName =
  (typeof RATING_METRICS)[number] | (typeof RANKING_METRICS)[number] | 'trainSeconds';

/** One model's numbers on one fold, or averaged over folds; metrics it lacks are absent. */
export type Scores = Partial<Record<MetricName, number>>;

export function scoreRatings(predicted: ArrayLike<number>, test: readonly RawRating[]): Scores {
  const actual = Float64Array.from(test, ({ rating }) => rating);
  return { rmse: rmse(predicted, actual), mae: mae(predicted, actual) };
}

/** Top-K accuracy of ranked lists, named as the table and the JSON name them. */
export function scoreRankings(
  lists: ReadonlyMap<string, readonly string[]>,
  test: readonly RawRating[],
  train: RatingDataset,
): Scores {
  const accuracy = scoreTopN(lists, test, train, K);
  return {
    'precision@10': accuracy.precision,
    'recall@10': accuracy.recall,
    'ndcg@10': accuracy.ndcg,
    'map@10': accuracy.mapAtK,
    map: accuracy.map,
    coverage: accuracy.coverage,
    meanPopularityRank: accuracy.meanPopularityRank,
  };
}

/**
 * fidelity@10: the share of "because you liked X" reasons in the top 10 after whose removal the
 * movie's score falls by at least the reason's stated share (within 10%); specificity@10: the
 * share of top-10 movies whose first reason names a person, a keyword or a liked film.
 */
export function reasonScores(checks: ReasonChecks): Scores {
  return {
    'fidelity@10': checks.anchored === 0 ? 0 : checks.faithful / checks.anchored,
    'specificity@10': checks.items === 0 ? 0 : checks.specific / checks.items,
  };
}

/** Mean of each metric over the folds that have it. */
export function averageScores(folds: readonly Scores[]): Scores {
  const sums = new Map<MetricName, { sum: number; count: number }>();
  for (const scores of folds) {
    for (const [name, value] of Object.entries(scores) as [MetricName, number][]) {
      const entry = sums.get(name) ?? { sum: 0, count: 0 };
      entry.sum += value;
      entry.count++;
      sums.set(name, entry);
    }
  }
  return Object.fromEntries([...sums].map(([name, { sum, count }]) => [name, sum / count]));
}
