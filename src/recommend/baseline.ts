import { RECOMMENDER_DEFAULTS } from './config';
import type { IndexedRating, RatingDataset, SparseRows } from './dataset';
import { unknownReason, type Prediction, type RatingModel } from './model';

export interface BaselineOptions {
  readonly userRegularisation: number;
  readonly itemRegularisation: number;
  readonly epochs: number;
}

/** A fitted baseline as plain numbers and typed arrays (see BaselineModel.state). */
export interface BaselineState {
  readonly options: BaselineOptions;
  readonly userBias: Float64Array;
  readonly itemBias: Float64Array;
}

/**
 * Global mean plus regularised user and item biases, b_ui = μ + b_u + b_i, fitted like Surprise's
 * BaselineOnly: alternating closed-form passes (each bias given the others) rather than SGD.
 */
export class BaselineModel implements RatingModel {
  private constructor(
    readonly data: RatingDataset,
    readonly options: BaselineOptions,
    readonly userBias: Float64Array,
    readonly itemBias: Float64Array,
  ) {}

  static fit(data: RatingDataset, options: Partial<BaselineOptions> = {}): BaselineModel {
    const settings = { ...RECOMMENDER_DEFAULTS.baseline, ...options };
    const mu = data.globalMean;
    const userBias = new Float64Array(data.nUsers);
    const itemBias = new Float64Array(data.nItems);
    for (let epoch = 0; epoch < settings.epochs; epoch++) {
      solveBiases(data.byUser, itemBias, mu, settings.userRegularisation, userBias);
      solveBiases(data.byItem, userBias, mu, settings.itemRegularisation, itemBias);
    }
    return new BaselineModel(data, settings, userBias, itemBias);
  }

  /** Rebuilds a fitted model on the dataset it was fitted on; the arrays are used, not copied. */
  static fromState(data: RatingDataset, state: BaselineState): BaselineModel {
    return new BaselineModel(data, state.options, state.userBias, state.itemBias);
  }

  /** The fitted biases; the arrays are this model's own, so transferring them empties it. */
  state(): BaselineState {
    return { options: this.options, userBias: this.userBias, itemBias: this.itemBias };
  }

  /** μ + b_u + b_i with the bias of an unknown user or item taken as 0; not clipped. */
  baseline(userIndex: number, itemIndex: number): number {
    return (
      this.data.globalMean +
      (this.data.hasUser(userIndex) ? this.userBias[userIndex] : 0) +
      (this.data.hasItem(itemIndex) ? this.itemBias[itemIndex] : 0)
    );
  }

  predict(userIndex: number, itemIndex: number): Prediction {
    return {
      estimate: this.data.clip(this.baseline(userIndex, itemIndex)),
      fallback: unknownReason(this.data, userIndex, itemIndex),
    };
  }

  /** The bias of a user who is not in the training data, from their ratings (items fixed). */
  foldInUserBias(ratings: readonly IndexedRating[]): number {
    let sum = 0;
    let count = 0;
    for (const { itemIndex, rating } of ratings) {
      if (!this.data.hasItem(itemIndex)) continue;
      sum += rating - this.data.globalMean - this.itemBias[itemIndex];
      count++;
    }
    return sum / (this.options.userRegularisation + count);
  }
}

/** For every row r: bias[r] = Σ (rating − μ − otherBias[column]) / (regularisation + count). */
function solveBiases(
  rows: SparseRows,
  otherBias: Float64Array,
  mu: number,
  regularisation: number,
  bias: Float64Array,
): void {
  const { pointers, columns, values } = rows;
  for (let r = 0; r < bias.length; r++) {
    let sum = 0;
    for (let p = pointers[r]; p < pointers[r + 1]; p++)
      sum += values[p] - mu - otherBias[columns[p]];
    bias[r] = sum / (regularisation + pointers[r + 1] - pointers[r]);
  }
}
