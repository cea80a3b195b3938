import { invertSpd } from './cholesky';
import { RECOMMENDER_DEFAULTS } from './config';
import type { RatingDataset } from './dataset';
import type { ItemScorer, ItemScores } from './model';
import { PopularityModel } from './popularity';

export interface EaseOptions {
  /** L2 penalty λ on the item–item weights. */
  readonly lambda: number;
  /** Items with fewer interactions stay out of the model (and are never recommended by it). */
  readonly minItemSupport: number;
  /** Extra penalty per item, times its (weighted) interaction count: λ_i = λ + α·G_ii (EDLAE-style). */
  readonly popularityPenalty: number;
  /** Each user's row of X weighs n_u^−β in the Gram matrix, so heavy raters dominate it less. */
  readonly userWeightExponent: number;
}

/** A fitted EASE model as plain numbers and typed arrays (see EaseModel.state). */
export interface EaseState {
  readonly options: EaseOptions;
  readonly items: Int32Array;
  readonly weights: Float64Array;
}

/**
 * EASE^R (Steck 2019) on the binary user–item matrix X: B = I − P·diag(1/diag P) with
 * P = (XᵀX + λI)⁻¹, so diag(B) = 0, and a user's scores are x_u·B.
 */
export class EaseModel implements ItemScorer {
  private constructor(
    readonly data: RatingDataset,
    readonly options: EaseOptions,
    /** Dataset indices of the modelled items, ascending; position = row/column of B. */
    readonly items: Int32Array,
    /** items.length² row-major. */
    readonly weights: Float64Array,
    private readonly popularity: PopularityModel,
  ) {}

  static fit(data: RatingDataset, options: Partial<EaseOptions> = {}): EaseModel {
    const settings: EaseOptions = { ...RECOMMENDER_DEFAULTS.ease, ...options };
    const items = Int32Array.from({ length: data.nItems }, (_, i) =>
      data.itemCount(i) >= settings.minItemSupport ? i : -1,
    ).filter((i) => i >= 0);
    const n = items.length;
    const x = interactions(data, items);
    const userWeights = Float64Array.from({ length: x.nUsers }, (_, u) =>
      Math.pow(Math.max(1, x.pointers[u + 1] - x.pointers[u]), -settings.userWeightExponent),
    );
    const penalties = new Float64Array(n).fill(settings.lambda);
    for (let u = 0; u < x.nUsers; u++) {
      for (let a = x.pointers[u]; a < x.pointers[u + 1]; a++) {
        penalties[x.positions[a]] += settings.popularityPenalty * userWeights[u];
      }
    }
    const p = precisionMatrix({ x, nItems: n, userWeights, penalties });
    const scale = Float64Array.from({ length: n }, (_, j) => -1 / p[j * n + j]);
    for (let i = 0; i < n; i++) {
      for (let j = 0, row = i * n; j < n; j++) p[row + j] *= scale[j];
      p[i * n + i] = 0;
    }
    return new EaseModel(data, settings, items, p, PopularityModel.fit(data));
  }

  /**
   * Rebuilds a fitted model on the dataset it was fitted on; the arrays are used, not copied. The
   * popularity fallback is recounted from the dataset, as fit does.
   */
  static fromState(data: RatingDataset, state: EaseState): EaseModel {
    return new EaseModel(
      data,
      state.options,
      state.items,
      state.weights,
      PopularityModel.fit(data),
    );
  }

  /** Modelled items and B; the arrays are this model's own, so transferring them empties it. */
  state(): EaseState {
    return { options: this.options, items: this.items, weights: this.weights };
  }

  /** x_u·B for a training user; a user without modelled interactions gets popularity scores. */
  scoreItems(userIndex: number): ItemScores {
    if (!this.data.hasUser(userIndex)) {
      return { scores: this.popularity.scoreItems(-1).scores, fallback: 'unknown-user' };
    }
    const { pointers, columns } = this.data.byUser;
    return this.scoreInteractions(columns.subarray(pointers[userIndex], pointers[userIndex + 1]));
  }

  /** Scores for any set of interacted items (dataset indices), e.g. a user with new ratings. */
  scoreInteractions(itemIndices: ArrayLike<number>): ItemScores {
    const n = this.items.length;
    const sums = new Float64Array(n);
    let used = 0;
    for (let m = 0; m < itemIndices.length; m++) {
      const row = this.position(itemIndices[m]);
      if (row < 0) continue;
      used++;
      for (let j = 0, offset = row * n; j < n; j++) sums[j] += this.weights[offset + j];
    }
    if (used === 0) {
      return { scores: this.popularity.scoreItems(-1).scores, fallback: 'no-interactions' };
    }
    const scores = new Float64Array(this.data.nItems).fill(-Infinity);
    for (let j = 0; j < n; j++) scores[this.items[j]] = sums[j];
    return { scores, fallback: null };
  }

  private position(itemIndex: number): number {
    let low = 0;
    let high = this.items.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (this.items[middle] === itemIndex) return middle;
      if (this.items[middle] < itemIndex) low = middle + 1;
      else high = middle - 1;
    }
    return -1;
  }
}

/** Binary interactions restricted to `items`: per user, the positions of their modelled items. */
export interface Interactions {
  readonly nUsers: number;
  /** CSR by user over item positions 0..items.length-1. */
  readonly pointers: Int32Array;
  readonly positions: Int32Array;
}

export function interactions(data: RatingDataset, items: Int32Array): Interactions {
  const positionOf = new Int32Array(data.nItems).fill(-1);
  items.forEach((item, position) => (positionOf[item] = position));
  const { pointers, columns } = data.byUser;
  const outPointers = new Int32Array(data.nUsers + 1);
  const positions: number[] = [];
  for (let u = 0; u < data.nUsers; u++) {
    for (let p = pointers[u]; p < pointers[u + 1]; p++) {
      const position = positionOf[columns[p]];
      if (position >= 0) positions.push(position);
    }
    outPointers[u + 1] = positions.length;
  }
  return { nUsers: data.nUsers, pointers: outPointers, positions: Int32Array.from(positions) };
}

/**
 * The regularised, user-weighted Gram system G + Λ with G = XᵀWX (W = diag(userWeights)) and
 * Λ = diag(penalties), whose inverse EASE needs.
 */
export interface GramSystem {
  readonly x: Interactions;
  readonly nItems: number;
  readonly userWeights: Float64Array;
  readonly penalties: Float64Array;
}

/**
 * P = (XᵀWX + Λ)⁻¹ (n×n) by the cheaper exact route: the n×n inverse, or, when there are fewer
 * users than items, Woodbury's identity, which only inverts an nUsers×nUsers matrix.
 */
export function precisionMatrix(system: GramSystem): Float64Array {
  return system.x.nUsers < system.nItems ? precisionByWoodbury(system) : precisionByGram(system);
}

export function precisionByGram({
  x,
  nItems: n,
  userWeights,
  penalties,
}: GramSystem): Float64Array {
  const gram = new Float64Array(n * n);
  const { pointers, positions } = x;
  for (let u = 0; u < x.nUsers; u++) {
    const w = userWeights[u];
    for (let a = pointers[u]; a < pointers[u + 1]; a++) {
      const row = positions[a] * n;
      for (let b = pointers[u]; b < pointers[u + 1]; b++) gram[row + positions[b]] += w;
    }
  }
  for (let i = 0; i < n; i++) gram[i * n + i] += penalties[i];
  return invertSpd(gram, n, true);
}

/** (Λ + XᵀWX)⁻¹ = Λ⁻¹ − Λ⁻¹Xᵀ·K⁻¹·XΛ⁻¹ with K = W⁻¹ + XΛ⁻¹Xᵀ (users × users). */
export function precisionByWoodbury({
  x,
  nItems: n,
  userWeights,
  penalties,
}: GramSystem): Float64Array {
  const m = x.nUsers;
  const { pointers, positions } = x;
  const byItem = transposeInteractions(x, n);
  const k = new Float64Array(m * m);
  for (let i = 0; i < n; i++) {
    const share = 1 / penalties[i];
    for (let a = byItem.pointers[i]; a < byItem.pointers[i + 1]; a++) {
      const row = byItem.users[a] * m;
      for (let b = byItem.pointers[i]; b < byItem.pointers[i + 1]; b++) {
        k[row + byItem.users[b]] += share;
      }
    }
  }
  for (let u = 0; u < m; u++) k[u * m + u] += 1 / userWeights[u];
  const kInverse = invertSpd(k, m, true);
  // Y = K⁻¹XΛ⁻¹ (users × items, dense): column j sums the K⁻¹ columns of j's users.
  const y = new Float64Array(m * n);
  for (let u = 0; u < m; u++) {
    const kRow = u * m;
    const yRow = u * n;
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let a = byItem.pointers[j]; a < byItem.pointers[j + 1]; a++) {
        s += kInverse[kRow + byItem.users[a]];
      }
      y[yRow + j] = s / penalties[j];
    }
  }
  // P = Λ⁻¹(I − XᵀY): row i of XᵀY sums the Y rows of i's users.
  const p = new Float64Array(n * n);
  for (let u = 0; u < m; u++) {
    const yRow = u * n;
    for (let a = pointers[u]; a < pointers[u + 1]; a++) {
      const pRow = positions[a] * n;
      for (let j = 0; j < n; j++) p[pRow + j] -= y[yRow + j];
    }
  }
  for (let i = 0; i < n; i++) {
    p[i * n + i] += 1;
    const scale = 1 / penalties[i];
    for (let j = 0, row = i * n; j < n; j++) p[row + j] *= scale;
  }
  return p;
}

function transposeInteractions(
  x: Interactions,
  n: number,
): { pointers: Int32Array; users: Int32Array } {
  const pointers = new Int32Array(n + 1);
  for (const position of x.positions) pointers[position + 1]++;
  for (let i = 0; i < n; i++) pointers[i + 1] += pointers[i];
  const next = pointers.slice(0, n);
  const users = new Int32Array(x.positions.length);
  for (let u = 0; u < x.nUsers; u++) {
    for (let a = x.pointers[u]; a < x.pointers[u + 1]; a++) users[next[x.positions[a]]++] = u;
  }
  return { pointers, users };
}
