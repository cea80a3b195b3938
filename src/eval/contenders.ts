import { BaselineModel } from '../recommend/baseline';
import type { RatingDataset } from '../recommend/dataset';
import { RECOMMENDER_DEFAULTS } from '../recommend/config';
import { EaseModel } from '../recommend/ease';
import { SparseItemModel } from '../recommend/item-item/sparse-item-model';
import { predictRatings } from '../recommend/evaluation/scores';
import { FactorModel } from '../recommend/factor-model';
import { ImplicitFactorModel } from '../recommend/implicit-factors';
import { ItemKnnModel } from '../recommend/item-knn';
import type { ItemScorer, RatingModel } from '../recommend/model';
import { PopularityModel } from '../recommend/popularity';
import { contentContender } from './content-contender';
import type { Contender, FoldContext } from './contender';
import { hybridContender } from './hybrid-contender';
import { ratingScorer, scorerRanker } from './scorer-ranker';

/** μ for everyone: the floor every model must beat. */
function globalMean(data: RatingDataset): RatingModel {
  const estimate = data.clip(data.globalMean);
  return { data, predict: () => ({ estimate, fallback: null }) };
}

/** A rating model that also ranks by its predictions (`scorer` turns it into a top-N model). */
function ratingContender<M extends RatingModel>(
  name: string,
  fit: (data: RatingDataset) => M,
  scorer: (model: M) => ItemScorer = (model) => ratingScorer(model),
): Contender {
  return {
    name,
    fitRatings: ({ data }: FoldContext) => {
      const model = fit(data);
      return (test) => predictRatings(model, test);
    },
    fitRanking: ({ data }: FoldContext) => scorerRanker(scorer(fit(data))),
  };
}

function rankingContender(name: string, fit: (data: RatingDataset) => ItemScorer): Contender {
  return { name, fitRanking: ({ data }) => scorerRanker(fit(data)) };
}

/** The taste-profile term alone: each user folded in from their training movies, every movie scored. */
function tasteProfile(data: RatingDataset): ItemScorer {
  const model = ImplicitFactorModel.fit(data, RECOMMENDER_DEFAULTS.tasteProfile);
  return {
    data,
    scoreItems: (userIndex) => {
      const profile = model.foldIn(data.userRatings(userIndex).map((rating) => rating.itemIndex));
      return {
        scores: Float64Array.from({ length: data.nItems }, (_, item) => model.score(profile, item)),
        fallback: null,
      };
    },
  };
}

/**
 * Every model of ours in the table, served defaults throughout; the served hybrid last. The
 * sparse item–item model is the hybrid's main component on its own, the taste profile its latent
 * one; dense EASE is the baseline the sparse model approximates (items² memory, so only for small
 * data).
 */
export const CONTENDERS: readonly Contender[] = [
  ratingContender('global mean', globalMean),
  ratingContender(
    'user+item bias',
    (data) => BaselineModel.fit(data),
    (model) => ratingScorer(model, (u, i) => model.baseline(u, i)),
  ),
  rankingContender('popularity', (data) => PopularityModel.fit(data)),
  ratingContender('item-kNN', (data) => ItemKnnModel.fit(data)),
  ratingContender(
    'factor model',
    (data) => FactorModel.fit(data),
    (model) => model,
  ),
  rankingContender('EASE', (data) => EaseModel.fit(data)),
  rankingContender('item-item', (data) => SparseItemModel.fit(data, RECOMMENDER_DEFAULTS.itemItem)),
  rankingContender('taste profile', tasteProfile),
  contentContender,
  hybridContender,
];
