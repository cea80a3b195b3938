import type { BaselineModel } from './baseline';
import { solveSpd } from './cholesky';
import type { RatingDataset } from './dataset';
import { rmse } from './evaluation/metrics';
import type { FactorModel } from './factor-model';
import {
  neighbourhoodRating,
  trainingUser,
  type RatedItems,
} from './item-item/neighbourhood-rating';
import { listPositions, type SparseItemModel } from './item-item/sparse-item-model';
import type { RatingInput } from './scoring/user-profile';

/**
 * The one rating blend, `predictedRating`: r̂ = w₀ + w₁·baseline + w₂·MF + w₃·neighbourhood,
 * clipped to the rating scale, where the neighbourhood estimate reads the sparse item–item weights
 * (see neighbourhoodRating). The weights are learned by ridge least squares on ratings held out of the
 * components' training (`learnRatingBlend`); serving folds the user in from their current
 * ratings (`ratingPredictor`).
 */
export interface RatingComponents {
  readonly data: RatingDataset;
  readonly baseline: BaselineModel;
  readonly factor: FactorModel;
  readonly itemItem: SparseItemModel;
}

/** The neighbourhood estimate's shrinkage towards the baseline (tuned on validation). */
const NEIGHBOURHOOD_SHRINKAGE = 0.05;

/** Held-out ratings as inner indices of the training data (-1 when it lacks the id). */
export interface HeldOutRatings {
  users: Int32Array;
  items: Int32Array;
  ratings: Float64Array;
}

/** w₀ + Σ_m w_m · estimate_m (not clipped). */
function blendRating(weights: ArrayLike<number>, estimates: ArrayLike<number>): number {
  let sum = weights[0];
  for (let m = 0; m < estimates.length; m++) sum += weights[m + 1] * estimates[m];
  return sum;
}

/** The blend's weights [w₀, baseline, MF, neighbourhood] learned on held-out ratings, and their RMSE. */
export function learnRatingBlend(
  components: RatingComponents,
  heldOut: HeldOutRatings,
  ridge: number,
): { weights: Float64Array; heldOutRmse: number } {
  const { data, baseline, factor, itemItem } = components;
  const targets = heldOut.ratings;
  const predictions = [
    ...[baseline, factor].map((model) =>
      Float64Array.from(
        targets,
        (_, n) => model.predict(heldOut.users[n], heldOut.items[n]).estimate,
      ),
    ),
    Float64Array.from(targets, (_, n) =>
      data.clip(
        neighbourhoodRating(
          itemItem,
          baseline,
          trainingUser(baseline, heldOut.users[n]),
          heldOut.items[n],
          NEIGHBOURHOOD_SHRINKAGE,
        ),
      ),
    ),
  ];
  const weights = learnBlendWeights(predictions, targets, ridge);
  const blended = targets.map((_, n) =>
    data.clip(
      blendRating(
        weights,
        predictions.map((column) => column[n]),
      ),
    ),
  );
  return { weights, heldOutRmse: rmse(blended, targets) };
}

/**
 * predictedRating for whoever has these ratings, as a function of a dataset item index (-1 or
 * beyond for movies the models do not know): the user is folded into the models once.
 */
export function ratingPredictor(
  components: RatingComponents,
  weights: ArrayLike<number>,
  ratings: readonly RatingInput[],
): (itemIndex: number) => number {
  const { data, baseline, factor, itemItem } = components;
  const indexed = ratings
    .map(({ movieId, rating }) => ({ itemIndex: data.itemIndex(movieId), rating }))
    .filter((rating) => rating.itemIndex >= 0);
  const folded = factor.foldInUser(indexed);
  const items = indexed.map((rating) => rating.itemIndex);
  const user: RatedItems = {
    items,
    ratings: indexed.map((rating) => rating.rating),
    bias: indexed.length === 0 ? 0 : baseline.foldInUserBias(indexed),
    positions: listPositions(items, data.nItems),
  };
  return (index) => {
    const known = index >= 0 && index < data.nItems ? index : -1;
    const itemBias = known >= 0 ? baseline.itemBias[known] : 0;
    const base = data.clip(data.globalMean + user.bias + itemBias);
    const mf = factor.predictFolded(folded, known).estimate;
    const neighbours = data.clip(
      neighbourhoodRating(itemItem, baseline, user, known, NEIGHBOURHOOD_SHRINKAGE),
    );
    return data.clip(blendRating(weights, [base, mf, neighbours]));
  };
}

/** Ridge least squares for [intercept, weights] from per-component predictions of the targets. */
export function learnBlendWeights(
  predictions: readonly Float64Array[],
  targets: ArrayLike<number>,
  ridge: number,
): Float64Array {
  const dim = predictions.length + 1;
  const gram = new Float64Array(dim * dim);
  const rhs = new Float64Array(dim);
  const row = new Float64Array(dim);
  for (let n = 0; n < targets.length; n++) {
    row[0] = 1;
    for (let m = 0; m < predictions.length; m++) row[m + 1] = predictions[m][n];
    for (let a = 0; a < dim; a++) {
      rhs[a] += row[a] * targets[n];
      for (let b = 0; b <= a; b++) gram[a * dim + b] += row[a] * row[b];
    }
  }
  for (let a = 1; a < dim; a++) gram[a * dim + a] += ridge;
  return solveSpd(gram, dim, rhs);
}
