import type { RatingDataset, RawRating } from '../dataset';
import type { ItemScorer, RatingModel } from '../model';
import { recommend } from '../ranking';
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
} from './metrics';

/**
 * The one home of evaluation scoring: `npm run eval`, the weight fitting, the benches and the
 * tests all score with these, under the names the eval's table and JSON use.
 */

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

/** Predictions of a rating model for raw test ratings (ids mapped through the model's data). */
export function predictRatings(model: RatingModel, test: readonly RawRating[]): Float64Array {
  const { data } = model;
  return Float64Array.from(
    test,
    ({ userId, movieId }) =>
      model.predict(data.userIndex(userId), data.itemIndex(movieId)).estimate,
  );
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

/** A top-N model's top k movie ids for every test user, training items left out. */
export function rankForTestUsers(
  model: ItemScorer,
  test: readonly RawRating[],
  k = K,
): Map<string, string[]> {
  const { data } = model;
  return new Map(
    Array.from(relevantByUser(test).keys(), (userId) => [
      userId,
      Array.from(recommend(model, data.userIndex(userId), k), (i) => data.itemIds[i]),
    ]),
  );
}

/**
 * Top-k accuracy of ranked lists (movie ids, best first) averaged over every test user (a user
 * without a list scores 0); catalogue coverage over the training items and the mean popularity
 * rank of what was recommended, where a movie nobody rated in training counts as one more
 * distinct item, ranked last in popularity.
 */
export function scoreRankings(
  lists: ReadonlyMap<string, readonly string[]>,
  test: readonly RawRating[],
  train: RatingDataset,
  k = K,
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
    indexLists.push(ranked.slice(0, k).map(indexOf));
    totals.precision += precisionAtK(ranked, items, k);
    totals.recall += recallAtK(ranked, items, k);
    totals.ndcg += ndcgAtK(ranked, items, k);
    totals.mapAtK += mapAtK(ranked, items, k);
    totals.map += map(ranked, items, k);
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

/** Counts behind fidelity@10 and specificity@10, summed over users and then divided. */
export interface ReasonChecks {
  /** "Because you liked X" reasons checked, and those whose removal test held. */
  anchored: number;
  faithful: number;
  /** Items checked, and those whose first reason names a person, keyword or liked film. */
  items: number;
  specific: number;
}

/**
 * fidelity@10: the share of "because you liked X" reasons in the top 10 after whose removal the
 * movie's score falls by at least the reason's stated share (within 10%); specificity@10: the
 * share of top-10 movies whose first reason names a person, a keyword or a liked film.
 */
export function reasonScores(counts: ReasonChecks): Scores {
  return {
    'fidelity@10': counts.anchored === 0 ? 0 : counts.faithful / counts.anchored,
    'specificity@10': counts.items === 0 ? 0 : counts.specific / counts.items,
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
