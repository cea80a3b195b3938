import type { RatingDataset, SparseRows } from './dataset';
import { dot, solveSpd } from './cholesky';
import { gaussian, mulberry32 } from './random';

export interface ImplicitFactorOptions {
  readonly factors: number;
  readonly epochs: number;
  /** λ: the L2 penalty, scaled per row by (interactions + unobservedWeight · columns)^exponent. */
  readonly regularisation: number;
  readonly regularisationExponent: number;
  /** α₀: the weight of every movie a user did not rate (a rated one weighs 1). */
  readonly unobservedWeight: number;
  /** Conjugate-gradient steps per row and epoch, warm-started from the row's last value. */
  readonly cgSteps: number;
  /** Item factors start as N(0, initStd² / factors) draws. */
  readonly initStd: number;
  readonly seed: number;
}

/** The served state: item factors only; users are folded in from their ratings. */
export interface ImplicitFactorState {
  readonly options: ImplicitFactorOptions;
  /** nItems × factors, row-major. */
  readonly itemFactors: Float64Array;
  /** YᵀY, factors × factors: shared by every fold-in. */
  readonly itemGram: Float64Array;
}

/**
 * Implicit-feedback matrix factorisation (iALS in Rendle et al.'s 2022 form): every rated movie
 * is a 1 with weight 1, every other movie a 0 with weight α₀, and each row's penalty grows with
 * its interactions. Solved by alternating least squares, each row's k × k system by a few
 * conjugate-gradient steps warm-started from its previous value (Takács et al.), so an epoch costs
 * about ratings · k · steps plus rows · k², never the dense users × movies matrix.
 */
export class ImplicitFactorModel {
  private constructor(
    readonly nItems: number,
    readonly options: ImplicitFactorOptions,
    readonly itemFactors: Float64Array,
    readonly itemGram: Float64Array,
  ) {}

  static fit(data: RatingDataset, options: ImplicitFactorOptions): ImplicitFactorModel {
    const { factors: k, epochs, initStd, seed } = options;
    const random = mulberry32(seed);
    const itemFactors = new Float64Array(data.nItems * k);
    const scale = initStd / Math.sqrt(k);
    for (let n = 0; n < itemFactors.length; n++) itemFactors[n] = gaussian(random) * scale;
    const userFactors = new Float64Array(data.nUsers * k);
    const solver = new RowSolver(k);
    for (let epoch = 0; epoch < epochs; epoch++) {
      solver.solveRows(data.byUser, userFactors, itemFactors, data.nItems, options);
      solver.solveRows(data.byItem, itemFactors, userFactors, data.nUsers, options);
    }
    return new ImplicitFactorModel(data.nItems, options, itemFactors, gram(itemFactors, k));
  }

  static fromState(state: ImplicitFactorState): ImplicitFactorModel {
    const { options, itemFactors, itemGram } = state;
    return new ImplicitFactorModel(
      itemFactors.length / options.factors,
      options,
      itemFactors,
      itemGram,
    );
  }

  state(): ImplicitFactorState {
    const { options, itemFactors, itemGram } = this;
    return { options, itemFactors, itemGram };
  }

  /**
   * The taste profile of whoever rated these movies (dataset item indices): the user row that the
   * model's own least-squares step gives them, solved exactly, (α₀·YᵀY + Σ y yᵀ + λI)·x = Σ y, by
   * Cholesky: ratings·k²/2 + k³/3, less than the CG steps of training would take from zero.
   * Empty → the zero vector.
   */
  foldIn(items: ArrayLike<number>): Float64Array {
    const k = this.options.factors;
    const known = Int32Array.from(items).filter((item) => item >= 0 && item < this.nItems);
    if (known.length === 0) return new Float64Array(k);
    const { itemFactors, itemGram } = this;
    const a = itemGram.map((value) => this.options.unobservedWeight * value);
    const penalty = rowPenalty(known.length, this.nItems, this.options);
    for (let f = 0; f < k; f++) a[f * k + f] += penalty;
    const b = new Float64Array(k);
    for (const item of known) {
      const at = item * k;
      for (let f = 0; f < k; f++) {
        const yf = itemFactors[at + f];
        b[f] += yf;
        // The lower triangle only: that is all the solver reads.
        for (let g = 0, row = f * k; g <= f; g++) a[row + g] += yf * itemFactors[at + g];
      }
    }
    return solveSpd(a, k, b);
  }

  /** profile · y_item: how well the movie matches the taste profile (about 0 to 1). */
  score(profile: Float64Array, item: number): number {
    if (item < 0 || item >= this.nItems) return 0;
    const k = this.options.factors;
    let sum = 0;
    for (let f = 0, at = item * k; f < k; f++) sum += profile[f] * this.itemFactors[at + f];
    return sum;
  }

  /**
   * The mean of the item factors, each movie counted as often as it was rated: profile · this is
   * how well a typically watched movie matches the profile.
   */
  watchedMean(ratingCount: (item: number) => number): Float64Array {
    const k = this.options.factors;
    const mean = new Float64Array(k);
    let total = 0;
    for (let item = 0; item < this.nItems; item++) {
      const count = ratingCount(item);
      total += count;
      for (let f = 0, at = item * k; f < k; f++) mean[f] += count * this.itemFactors[at + f];
    }
    return total === 0 ? mean : mean.map((value) => value / total);
  }

  /**
   * scores[i] += weight · (profile · y_i − offset) for every movie of the model whose score is
   * not 0.
   */
  addScoresWhereNonZero(
    profile: Float64Array,
    weight: number,
    scores: Float64Array,
    offset = 0,
  ): void {
    const k = this.options.factors;
    const { itemFactors } = this;
    const end = Math.min(this.nItems, scores.length);
    for (let item = 0; item < end; item++) {
      if (scores[item] === 0) continue;
      let sum = 0;
      for (let f = 0, at = item * k; f < k; f++) sum += profile[f] * itemFactors[at + f];
      scores[item] += weight * (sum - offset);
    }
  }
}

/** λ · (n + α₀ · columns)^ν: a row with more evidence is penalised more (Rendle et al.). */
function rowPenalty(interactions: number, columns: number, options: ImplicitFactorOptions): number {
  const { regularisation, unobservedWeight, regularisationExponent } = options;
  return regularisation * (interactions + unobservedWeight * columns) ** regularisationExponent;
}

/** FᵀF for an n × k row-major F. */
export function gram(factors: Float64Array, k: number): Float64Array {
  const g = new Float64Array(k * k);
  for (let at = 0; at < factors.length; at += k) {
    for (let a = 0; a < k; a++) {
      const fa = factors[at + a];
      if (fa === 0) continue;
      for (let b = a; b < k; b++) g[a * k + b] += fa * factors[at + b];
    }
  }
  for (let a = 0; a < k; a++) for (let b = 0; b < a; b++) g[a * k + b] = g[b * k + a];
  return g;
}

/** One side's least-squares step, with scratch vectors reused across rows. */
class RowSolver {
  private readonly residual: Float64Array;
  private readonly direction: Float64Array;
  private readonly product: Float64Array;

  constructor(private readonly k: number) {
    this.residual = new Float64Array(k);
    this.direction = new Float64Array(k);
    this.product = new Float64Array(k);
  }

  /** Every row of `rows` (as CSR) against the fixed `other` factors. */
  solveRows(
    rows: SparseRows,
    own: Float64Array,
    other: Float64Array,
    columns: number,
    options: ImplicitFactorOptions,
  ): void {
    const { k } = this;
    const otherGram = gram(other, k);
    const { pointers, columns: indices } = rows;
    for (let row = 0; row + 1 < pointers.length; row++) {
      const start = pointers[row];
      const end = pointers[row + 1];
      if (start === end) continue;
      this.solve(
        own.subarray(row * k, (row + 1) * k),
        indices.subarray(start, end),
        other,
        otherGram,
        options,
        rowPenalty(end - start, columns, options),
      );
    }
  }

  /**
   * x ← argmin Σ_{j∈observed} (x·y_j − 1)² + α₀ Σ_all (x·y_j)² + penalty·|x|², by `cgSteps` CG
   * steps from x's current value. The system matrix α₀·G + Σ y_j y_jᵀ + penalty·I is applied
   * without being formed: k² + 2·|observed|·k per step.
   */
  private solve(
    x: Float64Array,
    observed: ArrayLike<number>,
    other: Float64Array,
    otherGram: Float64Array,
    options: ImplicitFactorOptions,
    penalty: number,
  ): void {
    const { k, residual: r, direction: p, product: ap } = this;
    const { unobservedWeight } = options;
    const multiply = (v: Float64Array, out: Float64Array): void => {
      for (let a = 0; a < k; a++) {
        let sum = 0;
        for (let b = 0, row = a * k; b < k; b++) sum += otherGram[row + b] * v[b];
        out[a] = penalty * v[a] + unobservedWeight * sum;
      }
      for (let n = 0; n < observed.length; n++) {
        const at = observed[n] * k;
        let projection = 0;
        for (let f = 0; f < k; f++) projection += other[at + f] * v[f];
        for (let f = 0; f < k; f++) out[f] += projection * other[at + f];
      }
    };
    // r = b − A·x, with b = Σ y_j.
    multiply(x, ap);
    for (let f = 0; f < k; f++) r[f] = -ap[f];
    for (let n = 0; n < observed.length; n++) {
      const at = observed[n] * k;
      for (let f = 0; f < k; f++) r[f] += other[at + f];
    }
    p.set(r);
    let rr = dot(r, 0, r, 0, k);
    for (let step = 0; step < options.cgSteps && rr > 1e-20; step++) {
      multiply(p, ap);
      const alpha = rr / dot(p, 0, ap, 0, k);
      for (let f = 0; f < k; f++) {
        x[f] += alpha * p[f];
        r[f] -= alpha * ap[f];
      }
      const next = dot(r, 0, r, 0, k);
      const beta = next / rr;
      rr = next;
      for (let f = 0; f < k; f++) p[f] = r[f] + beta * p[f];
    }
  }
}
