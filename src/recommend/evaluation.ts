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
 * Top-k accuracy of ranked lists (movie ids, best first) averaged over every test user (a user
 * without a list scores 0); catalogue coverage over the training items and the mean popularity
 * rank of what was recommended, where a movie nobody rated in training counts as one more
 * distinct item, ranked last in popularity.
 */
export function scoreTopN(
  lists: ReadonlyMap<string, readonly string[]>,
  test: readonly RawRating[],
  train: RatingDataset,
  k: number,
): TopNAccuracy {
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
    k,
    users,
    precision: totals.precision / users,
    recall: totals.recall / users,
    ndcg: totals.ndcg / users,
    mapAtK: totals.mapAtK / users,
    map: totals.map / users,
    coverage: catalogueCoverage(indexLists, train.nItems),
    meanPopularityRank: meanPopularityRank(indexLists, popularityRanks(counts)),
  };
}

/**
 * Top-k accuracy of a model over every test user: each user's test items are the relevant set
 * (whatever the rating, and whether or not the item is known to the model); training items are
 * never recommended.
 */
export function evaluateTopN(
  model: ItemScorer,
  test: readonly RawRating[],
  k: number,
): TopNAccuracy {
  const { data } = model;
  const lists = new Map<string, string[]>();
  for (const userId of relevantByUser(test).keys()) {
    lists.set(
      userId,
      Array.from(recommend(model, data.userIndex(userId), k), (i) => data.itemIds[i]),
    );
  }
  return scoreTopN(lists, test, data, k);
}
