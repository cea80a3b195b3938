import { acceptsMovie, CandidateFilter } from './candidate-filter';
import { IndexedRating } from './dataset';
import { GraphEvidence, InMemoryEvidence, PathEvidence, PathSource } from './evidence';
import { Attribution, explain } from './explanations';
import { FoldedUser } from './factor-model';
import { UserView } from './item-knn';
import { ComponentWeights, HYBRID_DEFAULTS, HybridConfig, Strategy } from './hybrid-config';
import { topK } from './ranking';
import { Reason } from './reasons';
import { standardise } from './standardise';
import { MovieFacts, TrainedModels } from './trained-models';

export interface RatingInput {
  movieId: string;
  rating: number;
  /** Unix seconds; newer likes anchor explanations first. */
  ratedAt?: number;
}

export interface RecommendRequest {
  /** null for someone who is not in the graph (explanations still work from the ratings). */
  userId: string | null;
  /** The user's current ratings, read from the graph at request time. */
  ratings: readonly RatingInput[];
  first: number;
  strategy?: Strategy;
  /** Narrows the candidates; rated movies are always left out. */
  filter?: CandidateFilter;
}

export interface Recommendation {
  movieId: string;
  score: number;
  predictedRating: number;
  reasons: Reason[];
}

export interface RecommendationRow {
  anchorId: string;
  items: Recommendation[];
}

interface UserState {
  /** Ratings of movies the rating models know, in dataset indices. */
  indexed: IndexedRating[];
  /** Every rating, in catalogue indices (the content model's). */
  catalogueRatings: IndexedRating[];
  /** Catalogue indices of every rated movie, known to the models or not. */
  rated: Set<number>;
  /** Liked movies, best and newest first. */
  anchorIds: string[];
  folded: FoldedUser;
  /** The ratings as the item–item model reads them; its bias is the baseline's too. */
  knnView: UserView;
}

/**
 * The served recommender: one ranking from collaborative filtering (EASE, MF, item-kNN),
 * content, popularity and graph evidence, each item with its reasons. Stateless per request: the
 * user arrives as their current ratings, folded in against fixed item factors, so a new rating
 * counts at once without retraining.
 */
export class HybridRecommender {
  private readonly catalogueIndex: Map<string, number>;
  private readonly popularity: Float64Array;
  /** The graph as of training: cheap enough to score the whole pool with. */
  private readonly snapshot: InMemoryEvidence;

  constructor(
    readonly models: TrainedModels,
    /** Where the paths behind reasons are confirmed: the live graph when serving. */
    private readonly livePaths: PathSource,
    readonly config: HybridConfig = HYBRID_DEFAULTS,
  ) {
    this.snapshot = new InMemoryEvidence(models);
    this.catalogueIndex = new Map(models.catalogue.map((movie, index) => [movie.id, index]));
    this.popularity = Float64Array.from(models.catalogue, (_, index) =>
      index < models.data.nItems ? Math.log1p(models.data.itemCount(index)) : 0,
    );
  }

  /** What the models know of a movie; undefined for movies added since training. */
  movie(movieId: string): MovieFacts | undefined {
    const index = this.catalogueIndex.get(movieId);
    return index === undefined ? undefined : this.models.catalogue[index];
  }

  async recommend({
    userId,
    ratings,
    first,
    strategy = 'HYBRID',
    filter,
  }: RecommendRequest): Promise<Recommendation[]> {
    const user = this.userState(ratings);
    const accept = acceptsMovie(filter);
    const eligible = (index: number) =>
      !user.rated.has(index) && accept(this.models.catalogue[index]);
    if (ratings.length === 0) return this.popularAndDiverse(first, eligible);

    const weights =
      ratings.length <= this.config.coldStartMaxRatings && strategy === 'HYBRID'
        ? this.config.coldStart
        : this.config.weights[strategy];
    const firstStage = this.firstStage(user, weights);
    const pool = Array.from(
      topK(firstStage, Math.max(this.config.pool, first), (index) => !eligible(index)),
    );
    const query = (indices: number[]) => ({
      anchorIds: user.anchorIds,
      candidateIds: indices.map((index) => this.models.catalogue[index].id),
    });
    const secondStage = new Float64Array(firstStage);
    const addOverPool = (weight: number, score: (index: number) => number) => {
      if (weight === 0) return;
      const z = standardise(pool.map(score));
      pool.forEach((index, n) => (secondStage[index] += weight * z[n]));
    };
    // The snapshot's paths and similar users, once for the pool: they rank it and, with the live
    // paths, explain what is returned.
    const snapshot = this.snapshot.userEvidence(userId, query(pool), this.config.likedRating);
    const snapshotById = byCandidate(snapshot);
    addOverPool(weights.knn, (index) => this.attribute(user, index).estimate);
    addOverPool(weights.graph, (index) =>
      evidenceStrength(snapshotById.get(this.models.catalogue[index].id)),
    );
    const ranked = [...pool]
      .sort((a, b) => secondStage[b] - secondStage[a] || a - b)
      .slice(0, first + REASON_SPARES);
    const live = withSimilarUsers(await this.livePaths.paths(query(ranked)), snapshot);

    const mentionPopularity = ratings.length <= this.config.coldStartMaxRatings;
    const results: Recommendation[] = [];
    for (const index of ranked) {
      if (results.length === first) break;
      const movieId = this.models.catalogue[index].id;
      const { estimate, attribution } = this.attribute(user, index);
      const reasons = explain(live.get(movieId), attribution, user.anchorIds, {
        mentionPopularity,
      });
      if (reasons.length === 0) continue;
      results.push({
        movieId,
        score: secondStage[index],
        predictedRating: this.blend(user, index, estimate),
        reasons,
      });
    }
    return results;
  }

  /** The served rating model: the learned blend of baseline, MF and item-kNN for these ratings. */
  predictRating(ratings: readonly RatingInput[], movieId: string): number {
    return this.predictRatings(ratings, [movieId])[0];
  }

  /** predictRating for many movies, folding the user in once. */
  predictRatings(ratings: readonly RatingInput[], movieIds: readonly string[]): Float64Array {
    const user = this.userState(ratings);
    return Float64Array.from(movieIds, (movieId) => {
      const index = this.catalogueIndex.get(movieId) ?? -1;
      return this.blend(user, index, this.attribute(user, index).estimate);
    });
  }

  /** Movies like this one: item–item neighbours and content, confirmed by graph paths. */
  async similarMovies(movieId: string, first: number): Promise<Recommendation[]> {
    const source = this.catalogueIndex.get(movieId);
    if (source === undefined) return [];
    const similarity = this.similarityTo(source);
    const pool = Array.from(
      topK(similarity, Math.max(this.config.pool, first), (index) => index === source),
    );
    return this.anchoredRow(
      source,
      pool,
      first,
      (index) => similarity[index],
      (index) => this.itemBaseline(index),
      'movie',
    );
  }

  /** "Because you liked X" rows: one per liked anchor, no movie in two rows. */
  async becauseYouLiked(
    ratings: readonly RatingInput[],
    rows: number,
    perRow: number,
  ): Promise<RecommendationRow[]> {
    const user = this.userState(ratings);
    const personal = standardise(this.firstStage(user, this.config.weights.HYBRID));
    const used = new Set<number>();
    const result: RecommendationRow[] = [];
    for (const anchorId of user.anchorIds) {
      if (result.length === rows) break;
      const anchor = this.catalogueIndex.get(anchorId)!;
      const similarity = standardise(this.similarToAnchor(anchor));
      const blended = similarity.map((value, index) => value + 0.5 * personal[index]);
      const excluded = (index: number) => user.rated.has(index) || used.has(index);
      const pool = Array.from(topK(blended, 3 * perRow, excluded));
      const predict = (index: number) =>
        this.blend(user, index, this.attribute(user, index).estimate);
      const items = await this.anchoredRow(
        anchor,
        pool,
        perRow,
        (index) => blended[index],
        predict,
        'user',
      );
      if (items.length === 0) continue;
      for (const item of items) used.add(this.catalogueIndex.get(item.movieId)!);
      result.push({ anchorId, items });
    }
    return result;
  }

  private userState(ratings: readonly RatingInput[]): UserState {
    const { data, factor } = this.models;
    const indexed = ratings
      .map(({ movieId, rating }) => ({ itemIndex: data.itemIndex(movieId), rating }))
      .filter((r) => r.itemIndex >= 0);
    const catalogueRatings = ratings
      .map(({ movieId, rating }) => ({ itemIndex: this.catalogueIndex.get(movieId) ?? -1, rating }))
      .filter((r) => r.itemIndex >= 0);
    const byPreference = [...ratings].sort(
      (a, b) => b.rating - a.rating || (b.ratedAt ?? 0) - (a.ratedAt ?? 0),
    );
    const liked = byPreference.filter((rating) => rating.rating >= this.config.likedRating);
    // Only movies the user liked anchor reasons: "because you liked X" must be true.
    const anchors = liked.filter((rating) => this.catalogueIndex.has(rating.movieId));
    return {
      indexed,
      catalogueRatings,
      rated: new Set(catalogueRatings.map((r) => r.itemIndex)),
      anchorIds: anchors.slice(0, this.config.maxAnchors).map((rating) => rating.movieId),
      folded: factor.foldInUser(indexed),
      knnView: this.models.knn.userView(indexed),
    };
  }

  /** Σ weight · z(component) over the whole catalogue. */
  private firstStage(user: UserState, weights: ComponentWeights): Float64Array {
    const { data, ease, factor, content } = this.models;
    const size = this.models.catalogue.length;
    const total = new Float64Array(size);
    const add = (weight: number, compute: () => ArrayLike<number>) => {
      if (weight === 0) return;
      const z = standardise(compute());
      for (let i = 0; i < size; i++) total[i] += weight * z[i];
    };
    // Rating models know only rated movies (the first nItems of the catalogue).
    const overCatalogue = (scores: Float64Array) => {
      const extended = new Float64Array(size).fill(-Infinity);
      extended.set(scores.subarray(0, Math.min(size, data.nItems)));
      return extended;
    };
    add(weights.ease, () =>
      overCatalogue(ease.scoreInteractions(user.indexed.map((r) => r.itemIndex)).scores),
    );
    add(weights.factor, () => overCatalogue(factor.scoreFolded(user.folded)));
    add(weights.content, () => content.scoreItems(content.userProfile(user.catalogueRatings)));
    add(weights.popularity, () => this.popularity);
    return total;
  }

  /** The item–item estimate and the rated movie that contributed most to it. */
  private attribute(
    user: UserState,
    index: number,
  ): { estimate: number; attribution: Attribution | undefined } {
    const explanation = this.models.knn.explainUser(user.knnView, index);
    const top = explanation.contributions.find(
      (contribution) =>
        contribution.contribution > 0 && contribution.rating >= this.config.likedRating,
    );
    return {
      estimate: explanation.estimate,
      attribution: top && {
        anchorId: this.models.data.itemIds[top.itemIndex],
        similarity: top.similarity,
      },
    };
  }

  private blend(user: UserState, index: number, knnEstimate: number): number {
    const { data, baseline, factor, blendWeights } = this.models;
    const itemBias = index >= 0 && index < data.nItems ? baseline.itemBias[index] : 0;
    const base = data.clip(data.globalMean + user.knnView.bias + itemBias);
    const mf = factor.predictFolded(user.folded, index < data.nItems ? index : -1).estimate;
    return data.clip(
      blendWeights[0] +
        blendWeights[1] * base +
        blendWeights[2] * mf +
        blendWeights[3] * knnEstimate,
    );
  }

  /** What anyone would be predicted to give this movie: μ + b_i. */
  private itemBaseline(index: number): number {
    const { data, baseline } = this.models;
    return data.clip(data.globalMean + (index < data.nItems ? baseline.itemBias[index] : 0));
  }

  /** Item–item similarity (0 when not a stored neighbour) plus content cosine, over the catalogue. */
  private similarityTo(source: number): Float64Array {
    const similarity = this.similarToAnchor(source);
    for (let i = 0; i < similarity.length; i++) similarity[i] += 0.01 * this.popularity[i];
    return similarity;
  }

  private similarToAnchor(anchor: number): Float64Array {
    const { knn, content, data } = this.models;
    const similarity = Float64Array.from(
      this.models.catalogue,
      (_, index) => 0.5 * content.similarity(anchor, index),
    );
    if (anchor < data.nItems)
      for (const { itemIndex, similarity: s } of knn.neighbours(anchor)) similarity[itemIndex] += s;
    return similarity;
  }

  /** Items tied to one anchor, confirmed and explained by the graph paths to it. */
  private async anchoredRow(
    anchor: number,
    pool: number[],
    first: number,
    score: (index: number) => number,
    predict: (index: number) => number,
    audience: 'user' | 'movie',
  ): Promise<Recommendation[]> {
    const anchorId = this.models.catalogue[anchor].id;
    const candidateIds = pool.map((index) => this.models.catalogue[index].id);
    const evidence = withSimilarUsers(
      await this.livePaths.paths({ anchorIds: [anchorId], candidateIds }),
      this.snapshot.movieEvidence(anchorId, candidateIds, this.config.likedRating),
    );
    const knnSimilarity = new Map(
      anchor < this.models.data.nItems
        ? this.models.knn.neighbours(anchor).map((n) => [n.itemIndex, n.similarity])
        : [],
    );
    return pool
      .map((index) => {
        const movieId = this.models.catalogue[index].id;
        const similarity = knnSimilarity.get(index) ?? 0;
        const reasons = explain(
          evidence.get(movieId),
          similarity > 0 ? { anchorId, similarity } : undefined,
          [anchorId],
          { fansOf: anchorId },
        );
        const specific = reasons.filter(
          (reason) =>
            reason.kind !== 'Popular' && (audience === 'movie' || reason.kind !== 'SimilarUsers'),
        );
        return { index, movieId, score: score(index), reasons: specific.length > 0 ? reasons : [] };
      })
      .filter((item) => item.reasons.length > 0)
      .slice(0, first)
      .map(({ index, ...item }) => ({ ...item, predictedRating: predict(index) }));
  }

  /** With no ratings: the most rated movies, each genre counting for less as it repeats. */
  private async popularAndDiverse(
    first: number,
    eligible: (index: number) => boolean,
  ): Promise<Recommendation[]> {
    const candidates = Array.from(
      topK(this.popularity, Math.max(5 * first, this.config.pool), (index) => !eligible(index)),
    );
    const genreUses = new Map<string, number>();
    const picked: { index: number; score: number }[] = [];
    const remaining = new Set(candidates);
    // A few spares: a movie nobody rates any more has no reason to give.
    while (picked.length < first + REASON_SPARES && remaining.size > 0) {
      let best = -1;
      let bestScore = -Infinity;
      for (const index of remaining) {
        const genres = this.models.catalogue[index].genres;
        const repeats =
          genres.reduce((sum, genre) => sum + (genreUses.get(genre) ?? 0), 0) /
          Math.max(1, genres.length);
        const score = this.popularity[index] - this.config.diversityPenalty * repeats;
        if (score > bestScore || (score === bestScore && index < best))
          [best, bestScore] = [index, score];
      }
      remaining.delete(best);
      picked.push({ index: best, score: bestScore });
      for (const genre of this.models.catalogue[best].genres)
        genreUses.set(genre, (genreUses.get(genre) ?? 0) + 1);
    }
    const candidateIds = picked.map(({ index }) => this.models.catalogue[index].id);
    const evidence = withSimilarUsers(
      await this.livePaths.paths({ anchorIds: [], candidateIds }),
      [],
    );
    return picked
      .map(({ index, score }) => {
        const movieId = this.models.catalogue[index].id;
        return {
          movieId,
          score,
          predictedRating: this.itemBaseline(index),
          reasons: explain(evidence.get(movieId), undefined, []),
        };
      })
      .filter((item) => item.reasons.length > 0)
      .slice(0, first);
  }
}

/** Candidates past `first` whose reasons are fetched, in case some have none. */
const REASON_SPARES = 5;

const byCandidate = <T extends PathEvidence>(evidence: T[]) =>
  new Map(evidence.map((item) => [item.candidateId, item]));

/**
 * Live paths with the similar-user counts of the training snapshot: counting co-likers in Cypher
 * for every candidate cost more than the rest of a request together.
 */
function withSimilarUsers(
  live: PathEvidence[],
  snapshot: GraphEvidence[],
): Map<string, GraphEvidence> {
  const similar = byCandidate(snapshot);
  return new Map(
    live.map((paths) => [
      paths.candidateId,
      { ...paths, similarUsers: similar.get(paths.candidateId)?.similarUsers ?? 0 },
    ]),
  );
}

/** How strongly the graph ties a candidate to the user: shared people first, then co-likers. */
export function evidenceStrength(evidence: GraphEvidence | undefined): number {
  if (evidence === undefined) return 0;
  const distinct = <T>(items: T[], key: (item: T) => string) => new Set(items.map(key)).size;
  return (
    1 * distinct(evidence.directors, (path) => path.personId) +
    0.5 *
      Math.min(
        3,
        distinct(evidence.actors, (path) => path.personId),
      ) +
    0.1 *
      Math.min(
        3,
        distinct(evidence.genres, (path) => path.genre),
      ) +
    Math.log1p(evidence.similarUsers)
  );
}
