import type { RatingDataset } from '../recommend/dataset';
import type { ItemScorer, RatingModel } from '../recommend/model';
import { recommend } from '../recommend/ranking';
import type { Ranker } from './contender';

/** Ranks a top-N model's items for a user (training items left out), as movie ids. */
export function scorerRanker(model: ItemScorer): Ranker {
  return async (userId, k) => {
    const list = recommend(model, model.data.userIndex(userId), k);
    return { ids: Array.from(list, (index) => model.data.itemIds[index]) };
  };
}

/**
 * A rating model as a top-N model: every item scored by its predicted rating. `score` may give
 * the unclipped estimate, so items predicted above the scale's top do not tie.
 */
export function ratingScorer(
  model: RatingModel,
  score: (userIndex: number, itemIndex: number) => number = (u, i) => model.predict(u, i).estimate,
): ItemScorer {
  const data: RatingDataset = model.data;
  return {
    data,
    scoreItems: (userIndex) => ({
      scores: Float64Array.from({ length: data.nItems }, (_, i) => score(userIndex, i)),
      fallback: null,
    }),
  };
}
