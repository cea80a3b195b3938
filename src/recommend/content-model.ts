import { RECOMMENDER_DEFAULTS } from './config';
import type { IndexedRating } from './dataset';
import type { FallbackReason } from './model';

export interface ContentModelOptions {
  /** Weight per feature type, the prefix before the first ':' (e.g. `genre`); default 1. */
  readonly typeWeights: Readonly<Record<string, number>>;
}

/** A sparse vector over the feature vocabulary. */
export interface FeatureVector {
  readonly features: Int32Array;
  readonly weights: Float64Array;
}

export interface UserProfile {
  /** Dense over the feature vocabulary, L2-normalised (all zeros when nothing was usable). */
  readonly vector: Float64Array;
  readonly fallback: FallbackReason | null;
}

/** A fitted content model as plain strings, numbers and typed arrays (see ContentModel.state). */
export interface ContentModelState {
  readonly vocabulary: readonly string[];
  readonly idf: Float64Array;
  readonly pointers: Int32Array;
  readonly features: Int32Array;
  readonly weights: Float64Array;
}

/**
 * TF-IDF content model for cold start. Item i's features are strings typed by a prefix
 * (`genre:Horror`, `director:Michael Mann`); each present feature gets weight
 * idf = ln((1 + N) / (1 + df)) + 1 (scikit-learn's smooth idf) times its type weight, and every
 * item vector is L2-normalised, so item–item similarity is a dot product.
 *
 * Item indices are the caller's: pass the features of the rating dataset's items in dataset order,
 * and append catalogue-only items (no ratings yet) after them.
 */
export class ContentModel {
  private constructor(
    readonly vocabulary: readonly string[],
    readonly idf: Float64Array,
    /** CSR: item i's normalised vector is features/weights[pointers[i] .. pointers[i + 1]). */
    private readonly pointers: Int32Array,
    private readonly features: Int32Array,
    private readonly weights: Float64Array,
  ) {}

  get nItems(): number {
    return this.pointers.length - 1;
  }

  static fit(
    itemFeatures: readonly (readonly string[])[],
    options: Partial<ContentModelOptions> = {},
  ): ContentModel {
    const settings = { ...RECOMMENDER_DEFAULTS.content, ...options };
    const vocabulary: string[] = [];
    const featureIndex = new Map<string, number>();
    const itemSets = itemFeatures.map((features) => {
      const indices = new Set<number>();
      for (const feature of features) {
        let index = featureIndex.get(feature);
        if (index === undefined) {
          index = vocabulary.push(feature) - 1;
          featureIndex.set(feature, index);
        }
        indices.add(index);
      }
      return Int32Array.from(indices).sort();
    });
    const documentFrequency = new Float64Array(vocabulary.length);
    for (const set of itemSets) for (const f of set) documentFrequency[f]++;
    const nItems = itemSets.length;
    const idf = documentFrequency.map((df) => Math.log((1 + nItems) / (1 + df)) + 1);
    const typeWeight = vocabulary.map((feature) => {
      const colon = feature.indexOf(':');
      return colon < 0 ? 1 : (settings.typeWeights[feature.slice(0, colon)] ?? 1);
    });

    const pointers = new Int32Array(nItems + 1);
    const features = new Int32Array(itemSets.reduce((sum, set) => sum + set.length, 0));
    const weights = new Float64Array(features.length);
    itemSets.forEach((set, i) => {
      const start = pointers[i];
      let norm = 0;
      set.forEach((f, n) => {
        features[start + n] = f;
        weights[start + n] = idf[f] * typeWeight[f];
        norm += weights[start + n] ** 2;
      });
      norm = Math.sqrt(norm);
      for (let n = 0; n < set.length && norm > 0; n++) weights[start + n] /= norm;
      pointers[i + 1] = start + set.length;
    });
    return new ContentModel(vocabulary, idf, pointers, features, weights);
  }

  /** Rebuilds a fitted model; the arrays are used, not copied. */
  static fromState(state: ContentModelState): ContentModel {
    const { vocabulary, idf, pointers, features, weights } = state;
    return new ContentModel(vocabulary, idf, pointers, features, weights);
  }

  /** Vocabulary and item vectors; the arrays are this model's own (transferring empties it). */
  state(): ContentModelState {
    const { vocabulary, idf, pointers, features, weights } = this;
    return { vocabulary, idf, pointers, features, weights };
  }

  /** The item's normalised TF-IDF vector (empty for an unknown item or one without features). */
  itemVector(itemIndex: number): FeatureVector {
    if (!this.hasItem(itemIndex))
      return { features: new Int32Array(0), weights: new Float64Array(0) };
    const start = this.pointers[itemIndex];
    const end = this.pointers[itemIndex + 1];
    return {
      features: this.features.subarray(start, end),
      weights: this.weights.subarray(start, end),
    };
  }

  /** Cosine similarity of two items (0 when either is unknown or has no features). */
  similarity(itemIndex: number, otherIndex: number): number {
    const a = this.itemVector(itemIndex);
    const b = this.itemVector(otherIndex);
    let dot = 0;
    for (let p = 0, q = 0; p < a.features.length && q < b.features.length;) {
      if (a.features[p] === b.features[q]) dot += a.weights[p++] * b.weights[q++];
      else if (a.features[p] < b.features[q]) p++;
      else q++;
    }
    return dot;
  }

  /**
   * Rating-weighted sum of the vectors of the items the user rated, each weighted by the rating
   * minus the user's mean rating (liked items pull towards their features, disliked push away).
   * When all ratings are equal (or there is only one) centring would erase them, so the plain sum
   * is used. Falls back (zero vector) with `unknown-user` when no rated item is known here and
   * `no-interactions` when the known ones have no features.
   */
  userProfile(ratings: readonly IndexedRating[]): UserProfile {
    const usable = ratings.filter((r) => this.hasItem(r.itemIndex));
    const vector = new Float64Array(this.vocabulary.length);
    if (usable.length === 0) return { vector, fallback: 'unknown-user' };
    const mean = usable.reduce((sum, r) => sum + r.rating, 0) / usable.length;
    const centred = usable.some((r) => r.rating !== mean);
    for (const { itemIndex, rating } of usable) {
      const weight = centred ? rating - mean : 1;
      const { features, weights } = this.itemVector(itemIndex);
      for (let n = 0; n < features.length; n++) vector[features[n]] += weight * weights[n];
    }
    let norm = 0;
    for (const value of vector) norm += value * value;
    norm = Math.sqrt(norm);
    if (norm > 0) for (let f = 0; f < vector.length; f++) vector[f] /= norm;
    return { vector, fallback: norm > 0 ? null : 'no-interactions' };
  }

  /** Cosine of every item with the profile (in [−1, 1]; 0 for items without features). */
  scoreItems(profile: UserProfile): Float64Array {
    const scores = new Float64Array(this.nItems);
    for (let i = 0; i < this.nItems; i++) {
      let dot = 0;
      for (let p = this.pointers[i]; p < this.pointers[i + 1]; p++) {
        dot += this.weights[p] * profile.vector[this.features[p]];
      }
      scores[i] = dot;
    }
    return scores;
  }

  hasItem(itemIndex: number): boolean {
    return Number.isInteger(itemIndex) && itemIndex >= 0 && itemIndex < this.nItems;
  }
}
