import type { RatingDataset, RawRating } from '../recommend/dataset';
import {
  catalogueCoverage,
  mae,
  map,
  mapAtK,
  meanPopularityRank,
  ndcgAtK,
  popularityRanks,
  precisionAtK,
  recallAtK,
  rmse,
} from '../recommend/metrics';

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
] as const;

export type MetricName =
  (typeof RATING_METRICS)[number] | (typeof RANKING_METRICS)[number] | 'trainSeconds';

/** One model's numbers on one fold, or averaged over folds; metrics it lacks are absent. */
export type Scores = Partial<Record<MetricName, number>>;

export function scoreRatings(predicted: ArrayLike<number>, test: readonly RawRating[]): Scores {
  const actual = Float64Array.from(test, ({ rating }) => rating);
  return { rmse: rmse(predicted, actual), mae: mae(predicted, actual) };
}

/** Every test user's test movies: the relevant set, whatever the rating. */
export function relevantByUser(test: readonly RawRating[]): Map<string, Set<string>> {
  const relevant = new Map<string, Set<string>>();
  for (const { userId, movieId } of test) {
    const set = relevant.get(userId) ?? new Set<string>();
    set.add(movieId);
    relevant.set(userId, set);
  }
  return relevant;
}

/**
 * Top-K accuracy averaged over every test user (a user without a list scores 0), catalogue
 * coverage over the training items and the mean popularity rank of what was recommended; a movie
 * nobody rated in training counts as one more distinct item, ranked last in popularity.
 */
export function scoreRankings(
  lists: ReadonlyMap<string, readonly string[]>,
  test: readonly RawRating[],
  train: RatingDataset,
): Scores {
  const relevant = relevantByUser(test);
  const totals = { precision: 0, recall: 0, ndcg: 0, mapAtK: 0, map: 0 };
  const outside = new Map<string, number>();
  const indexOf = (id: string): number => {
    const index = train.itemIndex(id);
    if (index >= 0) return index;
    if (!outside.has(id)) outside.set(id, train.nItems + outside.size);
    return outside.get(id)!;
  };
  const indexLists: number[][] = [];
  for (const [userId, items] of relevant) {
    const ranked = lists.get(userId) ?? [];
    indexLists.push(ranked.slice(0, K).map(indexOf));
    totals.precision += precisionAtK(ranked, items, K);
    totals.recall += recallAtK(ranked, items, K);
    totals.ndcg += ndcgAtK(ranked, items, K);
    totals.mapAtK += mapAtK(ranked, items, K);
    totals.map += map(ranked, items, K);
  }
  const counts = Int32Array.from({ length: train.nItems + outside.size }, (_, i) =>
    i < train.nItems ? train.itemCount(i) : 0,
  );
  const users = relevant.size;
  return {
    'precision@10': totals.precision / users,
    'recall@10': totals.recall / users,
    'ndcg@10': totals.ndcg / users,
    'map@10': totals.mapAtK / users,
    map: totals.map / users,
    coverage: catalogueCoverage(indexLists, train.nItems),
    meanPopularityRank: meanPopularityRank(indexLists, popularityRanks(counts)),
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
