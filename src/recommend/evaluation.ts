import type { RatingDataset, RawRating } from './dataset';
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
import type { ItemScorer, RatingModel } from './model';
import { recommend } from './ranking';

export interface RatingAccuracy {
  readonly rmse: number;
  readonly mae: number;
  readonly count: number;
  /** Test ratings whose user or item was unknown to the model. */
  readonly fallbacks: number;
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

export function evaluateRatings(
  model: RatingModel,
  test: readonly RawRating[],
  predictions: Float64Array = predictRatings(model, test),
): RatingAccuracy {
  const actual = Float64Array.from(test, ({ rating }) => rating);
  const { data } = model;
  const fallbacks = test.filter(
    ({ userId, movieId }) => data.userIndex(userId) < 0 || data.itemIndex(movieId) < 0,
  ).length;
  return {
    rmse: rmse(predictions, actual),
    mae: mae(predictions, actual),
    count: test.length,
    fallbacks,
  };
}

export interface TopNAccuracy {
  readonly k: number;
  readonly users: number;
  readonly precision: number;
  readonly recall: number;
  readonly ndcg: number;
  readonly mapAtK: number;
  /** Microsoft Recommenders' MAP (divided by |relevant|). */
  readonly map: number;
  readonly coverage: number;
  readonly meanPopularityRank: number;
}

/**
 * Top-k accuracy over every test user: each user's test items are the relevant set (whatever the
 * rating, and whether or not the item is known to the model); training items are never recommended.
 */
export function evaluateTopN(
  model: ItemScorer,
  test: readonly RawRating[],
  k: number,
): TopNAccuracy {
  const data: RatingDataset = model.data;
  const relevantByUser = new Map<string, Set<string>>();
  for (const { userId, movieId } of test) {
    const set = relevantByUser.get(userId) ?? new Set<string>();
    set.add(movieId);
    relevantByUser.set(userId, set);
  }
  const itemCounts = Int32Array.from({ length: data.nItems }, (_, i) => data.itemCount(i));
  const ranks = popularityRanks(itemCounts);
  const lists: Int32Array[] = [];
  const totals = { precision: 0, recall: 0, ndcg: 0, mapAtK: 0, map: 0 };
  for (const [userId, relevant] of relevantByUser) {
    const list = recommend(model, data.userIndex(userId), k);
    lists.push(list);
    const ranked = Array.from(list, (i) => data.itemIds[i]);
    totals.precision += precisionAtK(ranked, relevant, k);
    totals.recall += recallAtK(ranked, relevant, k);
    totals.ndcg += ndcgAtK(ranked, relevant, k);
    totals.mapAtK += mapAtK(ranked, relevant, k);
    totals.map += map(ranked, relevant, k);
  }
  const users = relevantByUser.size;
  return {
    k,
    users,
    precision: totals.precision / users,
    recall: totals.recall / users,
    ndcg: totals.ndcg / users,
    mapAtK: totals.mapAtK / users,
    map: totals.map / users,
    coverage: catalogueCoverage(lists, data.nItems),
    meanPopularityRank: meanPopularityRank(lists, ranks),
  };
}
