import type { RatingDataset } from '../dataset';
import { dot } from '../cholesky';
import type { ImplicitFactorModel } from '../implicit-factors';
import {
  listPositions,
  type SparseItemModel,
  type WeightedSource,
} from '../item-item/sparse-item-model';
import type { MovieFacts } from '../trained-models';
import { CatalogueLinks, type PathKind } from './catalogue-links';
import type { ScorerConfig, TermWeights } from './scorer-config';
import type { UserProfile } from './user-profile';

/** One piece of evidence and what it adds to a movie's score. */
export type Term =
  /** w(anchor → movie) · f(rating of anchor). */
  | { kind: 'itemItem'; anchor: number; itemWeight: number; value: number }
  /** The liked `anchor` shares this director, actor or keyword with the movie. */
  | { kind: 'path'; link: PathKind; name: string; anchor: number; value: number }
  | { kind: 'genre'; genres: string[]; value: number }
  | { kind: 'popularity'; ratingCount: number; value: number }
  | { kind: 'similarUsers'; count: number; value: number }
  /**
   * The taste profile folded in from every rated movie · the movie's implicit factors; only for
   * movies an item–item term reached (a latent match alone brings no movie in, and the dot
   * products stay off the rest of the catalogue).
   */
  | { kind: 'taste'; value: number };

export interface ScoringModels {
  readonly data: RatingDataset;
  readonly itemItem: SparseItemModel;
  readonly taste: ImplicitFactorModel;
  readonly catalogue: readonly MovieFacts[];
}

/**
 * A movie's score is a sum of terms, each a piece of evidence the graph can show (see
 * TermWeights). `scoreAll` adds them up over the whole catalogue in one pass per kind; `terms`
 * lists them for one movie, and they add up to exactly its `scoreAll` score, so the reasons
 * drawn from them are the ranking's own.
 */
export class AdditiveScorer {
  readonly links: CatalogueLinks;
  private readonly popularity: Float64Array;
  /** log(1 + c) for every count c of similar users: the same numbers, looked up per movie. */
  private readonly logCounts: Float64Array;
  /** Every movie's genres as numbers into `names`: movie m's are genres[starts[m] .. starts[m + 1]). */
  private readonly genres: { names: string[]; starts: Int32Array; genres: Int32Array };
  /** Each profile's folded-in taste vector and its match with a typically watched movie, solved once. */
  private readonly tastes = new WeakMap<UserProfile, { vector: Float64Array; typical: number }>();
  /** The item factors' mean over every rating: a typically watched movie. */
  private readonly watchedMean: Float64Array;
  /** Per profile, each dataset movie's position among its sources plus one (0: not a source). */
  private readonly sourcePositions = new WeakMap<UserProfile, Int32Array>();

  constructor(
    readonly models: ScoringModels,
    readonly config: ScorerConfig,
  ) {
    this.links = new CatalogueLinks(models.catalogue);
    const counts = Float64Array.from(models.catalogue, (_, i) => this.ratingCount(i));
    const scale = 1 / Math.log1p(counts.reduce((max, count) => Math.max(max, count), 1));
    this.popularity = counts.map((count) => scale * Math.log1p(count));
    this.genres = numberedGenres(models.catalogue);
    this.logCounts = Float64Array.from({ length: config.similarUsers + 1 }, (_, count) =>
      Math.log1p(count),
    );
    this.watchedMean = models.taste.watchedMean((item) => this.ratingCount(item));
  }

  ratingCount(index: number): number {
    return index < this.models.data.nItems ? this.models.data.itemCount(index) : 0;
  }

  /** Every catalogue movie's score; rated movies included (callers leave them out). */
  scoreAll(profile: UserProfile, weights: TermWeights): Float64Array {
    const { catalogue, itemItem } = this.models;
    const scores = new Float64Array(catalogue.length);
    if (weights.itemItem !== 0) {
      itemItem.addScores(
        scores,
        profile.sources.map(({ itemIndex, value }) => ({
          itemIndex,
          value: weights.itemItem * value,
        })),
      );
    }
    if (weights.taste !== 0) {
      // Before any other term: `scores` holds exactly the movies the item–item term reached.
      const { vector, typical } = this.tasteOf(profile);
      this.models.taste.addScoresWhereNonZero(vector, weights.taste, scores, typical);
    }
    for (const anchor of profile.liked) this.links.addLinked(anchor, weights, scores);
    if (weights.genre !== 0) this.addGenreAffinities(profile, weights.genre, scores);
    if (weights.popularity !== 0) {
      for (let i = 0; i < scores.length; i++) scores[i] += weights.popularity * this.popularity[i];
    }
    if (weights.similarUsers !== 0) {
      const counts = this.similarUserCounts(profile);
      for (let index = 0; index < counts.length; index++) {
        if (counts[index] > 0)
          scores[index] += weights.similarUsers * this.logCounts[counts[index]];
      }
    }
    return scores;
  }

  /** The terms of one movie's score, in no particular order; zero terms are left out. */
  terms(profile: UserProfile, index: number, weights: TermWeights): Term[] {
    const { itemItem, catalogue } = this.models;
    const terms: Term[] = [];
    if (weights.itemItem !== 0) {
      for (const { itemIndex, value } of this.sourcesInto(profile, index)) {
        const itemWeight = value === 0 ? 0 : itemItem.weight(itemIndex, index);
        if (itemWeight !== 0) {
          terms.push({
            kind: 'itemItem',
            anchor: itemIndex,
            itemWeight,
            value: weights.itemItem * value * itemWeight,
          });
        }
      }
    }
    for (const anchor of profile.liked) {
      if (anchor === index) continue;
      for (const { kind, name } of this.links.shared(anchor, index)) {
        if (weights[kind] !== 0)
          terms.push({ kind: 'path', link: kind, name, anchor, value: weights[kind] });
      }
    }
    const genres = catalogue[index].genres;
    const genreValue = weights.genre * genreAffinity(profile, genres);
    if (genreValue !== 0) {
      terms.push({
        kind: 'genre',
        genres: genres.filter((genre) => profile.genreLikes.has(genre)),
        value: genreValue,
      });
    }
    if (weights.popularity !== 0 && this.popularity[index] > 0) {
      terms.push({
        kind: 'popularity',
        ratingCount: this.ratingCount(index),
        value: weights.popularity * this.popularity[index],
      });
    }
    const count = weights.similarUsers === 0 ? 0 : this.similarUsersWhoLiked(profile, index);
    if (count > 0)
      terms.push({ kind: 'similarUsers', count, value: weights.similarUsers * Math.log1p(count) });
    const reached = terms.some((term) => term.kind === 'itemItem');
    const taste =
      weights.taste === 0 || !reached ? 0 : weights.taste * this.tasteAbove(profile, index);
    if (taste !== 0) terms.push({ kind: 'taste', value: taste });
    return terms;
  }

  /** How much better the movie matches the taste profile than a typically watched movie does. */
  private tasteAbove(profile: UserProfile, index: number): number {
    const { vector, typical } = this.tasteOf(profile);
    return this.models.taste.score(vector, index) - typical;
  }

  /**
   * The user's taste profile (the implicit factor model's fold-in of every movie they rated) and
   * how well it matches a typically watched movie: the taste term is the match above that.
   */
  private tasteOf(profile: UserProfile): { vector: Float64Array; typical: number } {
    let taste = this.tastes.get(profile);
    if (taste === undefined) {
      const vector = this.models.taste.foldIn(profile.sources.map((source) => source.itemIndex));
      taste = { vector, typical: dot(vector, 0, this.watchedMean, 0, vector.length) };
      this.tastes.set(profile, taste);
    }
    return taste;
  }

  /**
   * The profile's sources with a learned weight into `index`, in the profile's order (so terms
   * add up in the order scoreAll adds them): the movie's few incoming sources are matched against
   * the user's positions instead of searching every rated movie's row.
   */
  private sourcesInto(profile: UserProfile, index: number): WeightedSource[] {
    const { data, itemItem } = this.models;
    let positions = this.sourcePositions.get(profile);
    if (positions === undefined) {
      // A profile's sources are distinct dataset movies, so every one has its position.
      const items = profile.sources.map(({ itemIndex }) => itemIndex);
      positions = listPositions(items, data.nItems)!;
      this.sourcePositions.set(profile, positions);
    }
    return itemItem.ratedSourcesOf(index, positions).map((position) => profile.sources[position]);
  }

  /** scores[i] += weight · genreAffinity(profile, genres of i), with each genre's log looked up once. */
  private addGenreAffinities(profile: UserProfile, weight: number, scores: Float64Array): void {
    if (profile.genreLikes.size === 0) return;
    const { names, starts, genres } = this.genres;
    const logLikes = Float64Array.from(names, (name) =>
      Math.log1p(profile.genreLikes.get(name) ?? 0),
    );
    for (let movie = 0; movie < scores.length; movie++) {
      const start = starts[movie];
      const end = starts[movie + 1];
      if (start === end) continue;
      let sum = 0;
      for (let p = start; p < end; p++) sum += logLikes[genres[p]];
      scores[movie] += weight * (sum / (end - start));
    }
  }

  /** For each movie, how many of the profile's similar users liked it. */
  private similarUserCounts(profile: UserProfile): Int32Array {
    const { nItems, byUser } = this.models.data;
    const { pointers, columns, values } = byUser;
    const counts = new Int32Array(nItems);
    for (const user of profile.similarUsers) {
      for (let p = pointers[user]; p < pointers[user + 1]; p++) {
        if (values[p] >= this.config.likedRating) counts[columns[p]]++;
      }
    }
    return counts;
  }

  private similarUsersWhoLiked(profile: UserProfile, index: number): number {
    const { data } = this.models;
    if (index >= data.nItems) return 0;
    const { pointers, columns, values } = data.byUser;
    let count = 0;
    for (const user of profile.similarUsers) {
      // A user's row is sorted by item: binary search for this one.
      let low = pointers[user];
      let high = pointers[user + 1] - 1;
      while (low <= high) {
        const middle = (low + high) >>> 1;
        if (columns[middle] === index) {
          if (values[middle] >= this.config.likedRating) count++;
          break;
        }
        if (columns[middle] < index) low = middle + 1;
        else high = middle - 1;
      }
    }
    return count;
  }
}

/** The mean over a movie's genres of log(1 + liked movies in that genre). */
function genreAffinity(profile: UserProfile, genres: readonly string[]): number {
  if (genres.length === 0 || profile.genreLikes.size === 0) return 0;
  let sum = 0;
  for (const genre of genres) sum += Math.log1p(profile.genreLikes.get(genre) ?? 0);
  return sum / genres.length;
}

function numberedGenres(catalogue: readonly MovieFacts[]) {
  const numbers = new Map<string, number>();
  const starts = new Int32Array(catalogue.length + 1);
  catalogue.forEach((movie, index) => (starts[index + 1] = starts[index] + movie.genres.length));
  const genres = new Int32Array(starts[catalogue.length]);
  catalogue.forEach((movie, index) =>
    movie.genres.forEach((name, n) => {
      if (!numbers.has(name)) numbers.set(name, numbers.size);
      genres[starts[index] + n] = numbers.get(name)!;
    }),
  );
  return { names: [...numbers.keys()], starts, genres };
}
