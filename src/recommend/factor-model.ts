import { dot, solveSpd } from './cholesky';
import { RECOMMENDER_DEFAULTS } from './config';
import type { IndexedRating, RatingDataset } from './dataset';
import {
  fallbackFor,
  unknownReason,
  type ItemScorer,
  type ItemScores,
  type Prediction,
  type RatingModel,
} from './model';
import { gaussian, mulberry32, permutation } from './random';

export interface FactorModelOptions {
  readonly factors: number;
  readonly epochs: number;
  readonly learningRate: number;
  /** L2 penalty on the user and item factors. */
  readonly regularisation: number;
  readonly biasLearningRate: number;
  readonly biasRegularisation: number;
  /** Factors start as N(0, initStd²) draws. */
  readonly initStd: number;
  /** Both learning rates are multiplied by this after every epoch. */
  readonly learningRateDecay: number;
  readonly seed: number;
}

/** A user placed against the fixed item factors without retraining (see foldInUser). */
export interface FoldedUser {
  readonly bias: number;
  readonly factors: Float64Array;
  /** Ratings of known items that were used; 0 means the user is effectively unknown. */
  readonly ratingCount: number;
}

/** A fitted factor model as plain numbers and typed arrays (see FactorModel.state). */
export interface FactorModelState {
  readonly options: FactorModelOptions;
  readonly userBias: Float64Array;
  readonly itemBias: Float64Array;
  readonly userFactors: Float64Array;
  readonly itemFactors: Float64Array;
}

/**
 * Biased matrix factorisation, r̂_ui = μ + b_u + b_i + p_u·q_i, trained by SGD over the ratings in
 * a seeded shuffled order each epoch (Funk-SVD, as Surprise's SVD).
 */
export class FactorModel implements RatingModel, ItemScorer {
  private constructor(
    readonly data: RatingDataset,
    readonly options: FactorModelOptions,
    readonly userBias: Float64Array,
    readonly itemBias: Float64Array,
    /** nUsers × factors, row-major. */
    readonly userFactors: Float64Array,
    /** nItems × factors, row-major. */
    readonly itemFactors: Float64Array,
  ) {}

  static fit(data: RatingDataset, options: Partial<FactorModelOptions> = {}): FactorModel {
    const settings: FactorModelOptions = { ...RECOMMENDER_DEFAULTS.factorModel, ...options };
    const { factors: k, regularisation: reg, biasRegularisation: biasReg } = settings;
    const random = mulberry32(settings.seed);
    const userFactors = new Float64Array(data.nUsers * k);
    const itemFactors = new Float64Array(data.nItems * k);
    for (let n = 0; n < userFactors.length; n++)
      userFactors[n] = gaussian(random) * settings.initStd;
    for (let n = 0; n < itemFactors.length; n++)
      itemFactors[n] = gaussian(random) * settings.initStd;
    const userBias = new Float64Array(data.nUsers);
    const itemBias = new Float64Array(data.nItems);

    const { pointers, columns: ratingItem, values: ratingValue } = data.byUser;
    const ratingUser = new Int32Array(data.nRatings);
    for (let u = 0; u < data.nUsers; u++) ratingUser.fill(u, pointers[u], pointers[u + 1]);
    const mu = data.globalMean;
    let lr = settings.learningRate;
    let biasLr = settings.biasLearningRate;

    for (let epoch = 0; epoch < settings.epochs; epoch++) {
      const order = permutation(data.nRatings, random);
      for (let n = 0; n < order.length; n++) {
        const r = order[n];
        const u = ratingUser[r];
        const i = ratingItem[r];
        const pu = u * k;
        const qi = i * k;
        let dot = 0;
        for (let f = 0; f < k; f++) dot += userFactors[pu + f] * itemFactors[qi + f];
        const err = ratingValue[r] - (mu + userBias[u] + itemBias[i] + dot);
        userBias[u] += biasLr * (err - biasReg * userBias[u]);
        itemBias[i] += biasLr * (err - biasReg * itemBias[i]);
        for (let f = 0; f < k; f++) {
          const p = userFactors[pu + f];
          const q = itemFactors[qi + f];
          userFactors[pu + f] = p + lr * (err * q - reg * p);
          itemFactors[qi + f] = q + lr * (err * p - reg * q);
        }
      }
      lr *= settings.learningRateDecay;
      biasLr *= settings.learningRateDecay;
    }
    return new FactorModel(data, settings, userBias, itemBias, userFactors, itemFactors);
  }

  /** Rebuilds a fitted model on the dataset it was fitted on; the arrays are used, not copied. */
  static fromState(data: RatingDataset, state: FactorModelState): FactorModel {
    const { options, userBias, itemBias, userFactors, itemFactors } = state;
    return new FactorModel(data, options, userBias, itemBias, userFactors, itemFactors);
  }

  /** Biases and factors; the arrays are this model's own, so transferring them empties it. */
  state(): FactorModelState {
    const { options, userBias, itemBias, userFactors, itemFactors } = this;
    return { options, userBias, itemBias, userFactors, itemFactors };
  }

  predict(userIndex: number, itemIndex: number): Prediction {
    return {
      estimate: this.data.clip(this.rawEstimate(this.trainedUser(userIndex), itemIndex)),
      fallback: unknownReason(this.data, userIndex, itemIndex),
    };
  }

  /**
   * Places a user (new, or with ratings newer than the model) against the fixed item factors and
   * biases: the ridge regression the SGD objective implies for that user alone, so a new rating
   * shows up without a retrain.
   */
  foldInUser(ratings: readonly IndexedRating[]): FoldedUser {
    const k = this.options.factors;
    const dim = k + 1; // [bias, factors...]
    const known = ratings.filter(({ itemIndex }) => this.data.hasItem(itemIndex));
    const count = known.length;
    if (count === 0) return NO_USER;
    // The design matrix [1, q_i] stored column after column, so each Gram entry is one running dot
    // product over the ratings: the sums of rank-1 updates, in the same order, at a fraction of the
    // memory traffic (this runs on every request, for users with thousands of ratings).
    const columns = new Float64Array(dim * count);
    const targets = new Float64Array(count);
    const rows = Int32Array.from(known, ({ itemIndex }) => itemIndex * k);
    known.forEach(({ itemIndex, rating }, r) => {
      columns[r] = 1;
      targets[r] = rating - this.data.globalMean - this.itemBias[itemIndex];
    });
    // Filled column by column: writing each rating's factors across the columns touched a new
    // cache line per value, which cost more than the Gram matrix for heavy raters.
    for (let f = 0; f < k; f++) {
      const column = (f + 1) * count;
      for (let r = 0; r < count; r++) columns[column + r] = this.itemFactors[rows[r] + f];
    }
    const gram = lowerGram(columns, dim, count);
    const rhs = new Float64Array(dim);
    for (let a = 0; a < dim; a++) rhs[a] = dot(columns, a * count, targets, 0, count);
    // SGD applies the penalty once per rating, so the per-user penalty scales with the count.
    gram[0] += count * this.options.biasRegularisation;
    for (let a = 1; a < dim; a++) gram[a * dim + a] += count * this.options.regularisation;
    const solution = solveSpd(gram, dim, rhs);
    return { bias: solution[0], factors: solution.subarray(1), ratingCount: count };
  }

  predictFolded(user: FoldedUser, itemIndex: number): Prediction {
    return {
      estimate: this.data.clip(this.rawEstimate(user, itemIndex)),
      fallback: fallbackFor(user.ratingCount > 0, this.data.hasItem(itemIndex)),
    };
  }

  /** Unclipped estimates for every item, for ranking; an unknown user gets μ + b_i. */
  scoreItems(userIndex: number): ItemScores {
    const user = this.trainedUser(userIndex);
    return {
      scores: this.scoreFolded(user),
      fallback: user.ratingCount > 0 ? null : 'unknown-user',
    };
  }

  /** Unclipped estimates of every item for a folded-in user. */
  scoreFolded(user: FoldedUser): Float64Array {
    const scores = new Float64Array(this.data.nItems);
    for (let i = 0; i < scores.length; i++) scores[i] = this.rawEstimate(user, i);
    return scores;
  }

  private trainedUser(userIndex: number): FoldedUser {
    if (!this.data.hasUser(userIndex)) return NO_USER;
    const k = this.options.factors;
    return {
      bias: this.userBias[userIndex],
      factors: this.userFactors.subarray(userIndex * k, (userIndex + 1) * k),
      ratingCount: this.data.userCount(userIndex),
    };
  }

  private rawEstimate(user: FoldedUser, itemIndex: number): number {
    let estimate = this.data.globalMean + user.bias;
    if (this.data.hasItem(itemIndex)) {
      const k = this.options.factors;
      estimate += this.itemBias[itemIndex];
      for (let f = 0, q = itemIndex * k; f < k && user.ratingCount > 0; f++) {
        estimate += user.factors[f] * this.itemFactors[q + f];
      }
    }
    return estimate;
  }
}

const NO_USER: FoldedUser = { bias: 0, factors: new Float64Array(0), ratingCount: 0 };

/** Σ_r x[a + r]·y[b + r] over r < length, added in order of r. */
/**
 * The lower triangle of XᵀX (row-major, dim × dim) for X stored column after column (`count`
 * rows). Two rows by four entries at a time, so each column is read once per eight products;
 * every entry is still one running sum over the rows in order.
 */
function lowerGram(columns: Float64Array, dim: number, count: number): Float64Array {
  const gram = new Float64Array(dim * dim);
  let a = 0;
  for (; a + 1 < dim; a += 2) {
    const ca = a * count;
    const cn = ca + count;
    let b = 0;
    for (; b + 3 <= a; b += 4) {
      const c0 = b * count;
      const c1 = c0 + count;
      const c2 = c1 + count;
      const c3 = c2 + count;
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      let t0 = 0;
      let t1 = 0;
      let t2 = 0;
      let t3 = 0;
      for (let r = 0; r < count; r++) {
        const x = columns[ca + r];
        const y = columns[cn + r];
        const v0 = columns[c0 + r];
        const v1 = columns[c1 + r];
        const v2 = columns[c2 + r];
        const v3 = columns[c3 + r];
        s0 += x * v0;
        s1 += x * v1;
        s2 += x * v2;
        s3 += x * v3;
        t0 += y * v0;
        t1 += y * v1;
        t2 += y * v2;
        t3 += y * v3;
      }
      const row = a * dim + b;
      gram[row] = s0;
      gram[row + 1] = s1;
      gram[row + 2] = s2;
      gram[row + 3] = s3;
      gram[row + dim] = t0;
      gram[row + dim + 1] = t1;
      gram[row + dim + 2] = t2;
      gram[row + dim + 3] = t3;
    }
    for (let e = b; e <= a; e++) gram[a * dim + e] = dot(columns, ca, columns, e * count, count);
    for (let e = b; e <= a + 1; e++)
      gram[(a + 1) * dim + e] = dot(columns, cn, columns, e * count, count);
  }
  for (; a < dim; a++) {
    for (let b = 0; b <= a; b++)
      gram[a * dim + b] = dot(columns, a * count, columns, b * count, count);
  }
  return gram;
}
