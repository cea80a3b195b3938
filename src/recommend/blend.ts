import { solveSpd } from './cholesky';
import { RECOMMENDER_DEFAULTS } from './config';
import { RatingDataset } from './dataset';
import type { Estimator, Prediction, RatingModel } from './model';
import { randomSplit } from './splits';

export interface BlendOptions {
  /** Ridge penalty on the component weights (the intercept is not penalised). */
  readonly ridge: number;
  /** Share of the training ratings held out to learn the weights. */
  readonly validationFraction: number;
  readonly seed: number;
}

/** r̂ = w₀ + Σ_m w_m · r̂_m over rating models fitted on the same dataset. */
export class BlendModel implements RatingModel {
  constructor(
    readonly data: RatingDataset,
    readonly components: readonly RatingModel[],
    /** [intercept, one weight per component]. */
    readonly weights: Float64Array,
  ) {
    if (weights.length !== components.length + 1) {
      throw new RangeError(`Need ${components.length + 1} weights, got ${weights.length}`);
    }
    if (components.some((component) => component.data !== data)) {
      throw new Error('Blend components must be fitted on the blend dataset');
    }
  }

  /**
   * Learns the weights on a held-out share of `data` (components fitted on the rest), then refits
   * the components on all of `data` and applies the weights to them.
   */
  static fit(
    data: RatingDataset,
    estimators: readonly Estimator<RatingModel>[],
    options: Partial<BlendOptions> = {},
  ): BlendModel {
    const settings = { ...RECOMMENDER_DEFAULTS.blend, seed: RECOMMENDER_DEFAULTS.seed, ...options };
    const split = randomSplit(data.toRatings(), settings.validationFraction, settings.seed);
    const inner = RatingDataset.fromRatings(split.train, { scale: data.scale });
    const held = split.test.map(({ userId, movieId }) => [
      inner.userIndex(userId),
      inner.itemIndex(movieId),
    ]);
    const predictions = estimators.map((estimator) => {
      const model = estimator.fit(inner);
      return Float64Array.from(held, ([u, i]) => model.predict(u, i).estimate);
    });
    const targets = Float64Array.from(split.test, ({ rating }) => rating);
    const weights = learnBlendWeights(predictions, targets, settings.ridge);
    return new BlendModel(
      data,
      estimators.map((estimator) => estimator.fit(data)),
      weights,
    );
  }

  predict(userIndex: number, itemIndex: number): Prediction {
    const predictions = this.components.map((component) => component.predict(userIndex, itemIndex));
    const estimate = blendRating(
      this.weights,
      predictions.map((prediction) => prediction.estimate),
    );
    const fallback =
      predictions.find((prediction) => prediction.fallback !== null)?.fallback ?? null;
    return { estimate: this.data.clip(estimate), fallback };
  }
}

/** The one rating blend: w₀ + Σ_m w_m · estimate_m (not clipped). */
export function blendRating(weights: ArrayLike<number>, estimates: ArrayLike<number>): number {
  let sum = weights[0];
  for (let m = 0; m < estimates.length; m++) sum += weights[m + 1] * estimates[m];
  return sum;
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
