import { BaselineModel, type BaselineOptions, type BaselineState } from './baseline';
import { RECOMMENDER_DEFAULTS } from './config';
import type { IndexedRating, RatingDataset } from './dataset';
import { unknownReason, type FallbackReason, type Prediction, type RatingModel } from './model';
import { sampleRows } from './item-item/sampled-rows';
import { topK } from './ranking';

/** Fixed, so the sampled rows (and the model) are the same on every run. */
const SAMPLE_SEED = 7;

// Local aliases: global lookups are slow in vm sandboxes (jest) and these sit in hot loops.
const { sqrt } = Math;

export type ItemSimilarity = 'pearson-baseline' | 'centred-cosine';

export interface ItemKnnOptions {
  /**
   * `pearson-baseline`: correlation of the residuals r − (μ + b_u + b_i) over co-raters (Surprise's
   * pearson_baseline); `centred-cosine`: cosine of r − r̄_u over co-raters (adjusted cosine).
   */
  readonly similarity: ItemSimilarity;
  /** Similarities over n co-raters are scaled by (n − 1) / (n − 1 + shrinkage). */
  readonly shrinkage: number;
  /** Neighbours used per prediction: the k most similar items among those the user rated. */
  readonly k: number;
  /** Positive-similarity neighbours kept per item. */
  readonly storedNeighbours: number;
  /** Pairs with fewer co-raters get similarity 0. */
  readonly minSupport: number;
  /** Co-raters beyond this many ratings add a seeded sample of them (see sampleRows). */
  readonly coOccurrenceCap: number;
  readonly baseline: Partial<BaselineOptions>;
}

export interface Neighbour {
  readonly itemIndex: number;
  readonly similarity: number;
}

/** What one of the user's rated items added to a prediction. */
export interface Contribution extends Neighbour {
  readonly rating: number;
  /** rating − baseline of that (user, item). */
  readonly residual: number;
  /** similarity · residual / Σ similarity: this item's share of the shift away from the baseline. */
  readonly contribution: number;
}

export interface Explanation extends Prediction {
  /** μ + b_u + b_i, unclipped. */
  readonly baseline: number;
  /** The neighbours used, largest contribution first. */
  readonly contributions: readonly Contribution[];
}

/** A fitted kNN model as plain numbers and typed arrays (see ItemKnnModel.state). */
export interface ItemKnnState {
  readonly options: ItemKnnOptions;
  readonly baseline: BaselineState;
  readonly neighbourPointers: Int32Array;
  readonly neighbourItems: Int32Array;
  readonly neighbourSimilarities: Float32Array;
}

/** A user's ratings sorted by item index, with the user's baseline bias. */
export interface UserView {
  readonly items: ArrayLike<number>;
  readonly ratings: ArrayLike<number>;
  readonly bias: number;
}

/**
 * Item–item neighbourhood model, predicting like Surprise's KNNBaseline:
 * r̂_ui = b_ui + Σ_j s_ij (r_uj − b_uj) / Σ_j s_ij over the k most similar (positive) items j the
 * user rated, searched among i's stored neighbours.
 */
export class ItemKnnModel implements RatingModel {
  private constructor(
    readonly data: RatingDataset,
    readonly options: ItemKnnOptions,
    readonly baseline: BaselineModel,
    /** CSR of stored neighbours per item, most similar first (float32 halves the memory). */
    private readonly neighbourPointers: Int32Array,
    private readonly neighbourItems: Int32Array,
    private readonly neighbourSimilarities: Float32Array,
  ) {}

  static fit(data: RatingDataset, options: Partial<ItemKnnOptions> = {}): ItemKnnModel {
    const settings: ItemKnnOptions = {
      ...RECOMMENDER_DEFAULTS.itemKnn,
      baseline: {},
      ...options,
    };
    const baseline = BaselineModel.fit(data, settings.baseline);
    const { byUser, byItem, nItems } = data;
    const userResiduals = residuals(data, baseline, settings.similarity);
    const itemResiduals = toItemLayout(data, userResiduals);

    const partners = sampleRows(byUser, settings.coOccurrenceCap, SAMPLE_SEED);

    const products = new Float64Array(nItems);
    const targetSquares = new Float64Array(nItems);
    const otherSquares = new Float64Array(nItems);
    const support = new Float64Array(nItems);
    const touched = new Int32Array(nItems);
    const pointers = new Int32Array(nItems + 1);
    const stored = new NeighbourLists(nItems);

    for (let i = 0; i < nItems; i++) {
      let nTouched = 0;
      for (let q = byItem.pointers[i]; q < byItem.pointers[i + 1]; q++) {
        const u = byItem.columns[q];
        const ei = itemResiduals[q];
        const scale = partners.scale[u];
        for (let s = partners.pointers[u]; s < partners.pointers[u + 1]; s++) {
          const p = partners.positions[s];
          const j = byUser.columns[p];
          const ej = userResiduals[p];
          if (support[j] === 0) touched[nTouched++] = j;
          support[j] += scale;
          products[j] += scale * ei * ej;
          targetSquares[j] += scale * ei * ei;
          otherSquares[j] += scale * ej * ej;
        }
      }
      // In order of first touch: deterministic, and ties in topK go to the earlier one.
      const candidates = touched.subarray(0, nTouched);
      const scores = new Float64Array(nTouched);
      for (let c = 0; c < nTouched; c++) {
        const j = candidates[c];
        const denominator = sqrt(targetSquares[j] * otherSquares[j]);
        const n = support[j];
        scores[c] =
          j === i || n < settings.minSupport || denominator === 0
            ? 0
            : ((n - 1) / (n - 1 + settings.shrinkage)) * (products[j] / denominator);
        products[j] = targetSquares[j] = otherSquares[j] = support[j] = 0;
      }
      for (const c of topK(scores, settings.storedNeighbours)) {
        if (!(scores[c] > 0)) break;
        stored.push(candidates[c], scores[c]);
      }
      pointers[i + 1] = stored.length;
    }
    return new ItemKnnModel(data, settings, baseline, pointers, ...stored.arrays());
  }

  /** Rebuilds a fitted model on the dataset it was fitted on; the arrays are used, not copied. */
  static fromState(data: RatingDataset, state: ItemKnnState): ItemKnnModel {
    return new ItemKnnModel(
      data,
      state.options,
      BaselineModel.fromState(data, state.baseline),
      state.neighbourPointers,
      state.neighbourItems,
      state.neighbourSimilarities,
    );
  }

  /** Baseline and stored neighbours; the arrays are this model's own (transferring empties it). */
  state(): ItemKnnState {
    return {
      options: this.options,
      baseline: this.baseline.state(),
      neighbourPointers: this.neighbourPointers,
      neighbourItems: this.neighbourItems,
      neighbourSimilarities: this.neighbourSimilarities,
    };
  }

  /** The stored neighbours of an item, most similar first (empty for an unknown item). */
  neighbours(itemIndex: number): Neighbour[] {
    if (!this.data.hasItem(itemIndex)) return [];
    const result: Neighbour[] = [];
    for (
      let p = this.neighbourPointers[itemIndex];
      p < this.neighbourPointers[itemIndex + 1];
      p++
    ) {
      result.push({ itemIndex: this.neighbourItems[p], similarity: this.neighbourSimilarities[p] });
    }
    return result;
  }

  /** Stored similarity of two items; 0 when j is not among i's stored positive neighbours. */
  similarity(itemIndex: number, otherIndex: number): number {
    if (itemIndex === otherIndex && this.data.hasItem(itemIndex)) return 1;
    return this.neighbours(itemIndex).find((n) => n.itemIndex === otherIndex)?.similarity ?? 0;
  }

  predict(userIndex: number, itemIndex: number): Prediction {
    const { estimate, fallback } = this.explain(userIndex, itemIndex);
    return { estimate, fallback };
  }

  /** The prediction with the user's own items that drove it ("because you liked X"). */
  explain(userIndex: number, itemIndex: number): Explanation {
    const unknown = unknownReason(this.data, userIndex, itemIndex);
    if (unknown !== null) return this.baselineOnly(userIndex, itemIndex, unknown);
    const { pointers, columns, values } = this.data.byUser;
    const start = pointers[userIndex];
    const end = pointers[userIndex + 1];
    return this.explainView(
      {
        items: columns.subarray(start, end),
        ratings: values.subarray(start, end),
        bias: this.baseline.userBias[userIndex],
      },
      itemIndex,
    );
  }

  /** Like explain, for a user given by ratings (new, or with ratings newer than the model). */
  explainRatings(ratings: readonly IndexedRating[], itemIndex: number): Explanation {
    return this.explainUser(this.userView(ratings), itemIndex);
  }

  /**
   * A user given by ratings, prepared once for many explanations (sorting the ratings and folding
   * in the bias would otherwise be repeated for every item).
   */
  userView(ratings: readonly IndexedRating[]): UserView {
    const known = ratings
      .filter((r) => this.data.hasItem(r.itemIndex))
      .sort((a, b) => a.itemIndex - b.itemIndex);
    return {
      items: known.map((r) => r.itemIndex),
      ratings: known.map((r) => r.rating),
      bias: known.length === 0 ? 0 : this.baseline.foldInUserBias(known),
    };
  }

  explainUser(user: UserView, itemIndex: number): Explanation {
    if (user.items.length === 0) {
      return this.baselineOnly(-1, itemIndex, unknownReason(this.data, -1, itemIndex));
    }
    if (!this.data.hasItem(itemIndex)) {
      const estimate = this.data.globalMean + user.bias;
      return {
        estimate: this.data.clip(estimate),
        fallback: 'unknown-item',
        baseline: estimate,
        contributions: [],
      };
    }
    return this.explainView(user, itemIndex);
  }

  private explainView(user: UserView, itemIndex: number): Explanation {
    const { globalMean } = this.data;
    const itemBias = this.baseline.itemBias;
    const baseline = globalMean + user.bias + itemBias[itemIndex];
    const used: Omit<Contribution, 'contribution'>[] = [];
    let similaritySum = 0;
    for (
      let p = this.neighbourPointers[itemIndex];
      p < this.neighbourPointers[itemIndex + 1] && used.length < this.options.k;
      p++
    ) {
      const j = this.neighbourItems[p];
      const position = binarySearch(user.items, j);
      if (position < 0) continue;
      const similarity = this.neighbourSimilarities[p];
      const rating = user.ratings[position];
      used.push({
        itemIndex: j,
        similarity,
        rating,
        residual: rating - (globalMean + user.bias + itemBias[j]),
      });
      similaritySum += similarity;
    }
    if (used.length === 0) {
      return {
        estimate: this.data.clip(baseline),
        fallback: 'no-neighbours',
        baseline,
        contributions: [],
      };
    }
    const contributions = used
      .map((n) => ({ ...n, contribution: (n.similarity * n.residual) / similaritySum }))
      .sort((a, b) => b.contribution - a.contribution || a.itemIndex - b.itemIndex);
    const shift = contributions.reduce((sum, c) => sum + c.contribution, 0);
    return {
      estimate: this.data.clip(baseline + shift),
      fallback: null,
      baseline,
      contributions,
    };
  }

  private baselineOnly(
    userIndex: number,
    itemIndex: number,
    fallback: FallbackReason | null,
  ): Explanation {
    const baseline = this.baseline.baseline(userIndex, itemIndex);
    return { estimate: this.data.clip(baseline), fallback, baseline, contributions: [] };
  }
}

/** Residual of every rating, aligned with data.byUser. */
function residuals(
  data: RatingDataset,
  baseline: BaselineModel,
  similarity: ItemSimilarity,
): Float64Array {
  const { pointers, columns, values } = data.byUser;
  const result = new Float64Array(values.length);
  for (let u = 0; u < data.nUsers; u++) {
    const start = pointers[u];
    const end = pointers[u + 1];
    let userMean = 0;
    for (let p = start; p < end; p++) userMean += values[p] / (end - start);
    for (let p = start; p < end; p++) {
      result[p] =
        similarity === 'pearson-baseline'
          ? values[p] - baseline.baseline(u, columns[p])
          : values[p] - userMean;
    }
  }
  return result;
}

/** Re-orders per-rating values from data.byUser layout to data.byItem layout. */
function toItemLayout(data: RatingDataset, byUserValues: Float64Array): Float64Array {
  const next = data.byItem.pointers.slice(0, data.nItems);
  const result = new Float64Array(byUserValues.length);
  const { pointers, columns } = data.byUser;
  // byItem rows list users in ascending order, which is the order this loop visits them.
  for (let u = 0; u < data.nUsers; u++) {
    for (let p = pointers[u]; p < pointers[u + 1]; p++)
      result[next[columns[p]]++] = byUserValues[p];
  }
  return result;
}

function binarySearch(sorted: ArrayLike<number>, value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const found = sorted[middle];
    if (found === value) return middle;
    if (found < value) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/** Neighbour lists appended item after item into typed arrays that double as they fill. */
class NeighbourLists {
  private items: Int32Array;
  private similarities: Float32Array;
  length = 0;

  constructor(nItems: number) {
    this.items = new Int32Array(Math.max(1024, 16 * nItems));
    this.similarities = new Float32Array(this.items.length);
  }

  push(item: number, similarity: number): void {
    if (this.length === this.items.length) {
      const items = new Int32Array(2 * this.length);
      items.set(this.items);
      const similarities = new Float32Array(2 * this.length);
      similarities.set(this.similarities);
      [this.items, this.similarities] = [items, similarities];
    }
    this.items[this.length] = item;
    this.similarities[this.length++] = similarity;
  }

  /** The lists, trimmed to their length. */
  arrays(): [Int32Array, Float32Array] {
    return [this.items.slice(0, this.length), this.similarities.slice(0, this.length)];
  }
}
