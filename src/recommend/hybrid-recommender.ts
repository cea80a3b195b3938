import { acceptsMovie, type CandidateFilter } from './candidate-filter';
import { blendRating } from './blend';
import { topK } from './ranking';
import type { Reason } from './reasons';
import { AdditiveScorer } from './scoring/additive-scorer';
import { explainTerms, type Component, type ExplainOptions } from './scoring/explain-terms';
import { SCORER_DEFAULTS, type ScorerConfig, type TermWeights } from './scoring/scorer-config';
import { strategyWeights, type Strategy } from './scoring/strategies';
import { userProfile, type RatingInput, type UserProfile } from './scoring/user-profile';
import type { MovieFacts, TrainedModels } from './trained-models';

export type { RatingInput } from './scoring/user-profile';

export interface RecommendRequest {
  /** null for someone who is not in the graph (their ratings still say everything needed). */
  userId: string | null;
  /** The user's current ratings (dismissed movies as 1.0), read from the graph at request time. */
  ratings: readonly RatingInput[];
  first: number;
  strategy?: Strategy;
  /** Narrows the candidates; rated movies are always left out. */
  filter?: CandidateFilter;
}

/** One scored movie: its score is the sum of the terms its reasons are drawn from. */
export interface Recommendation {
  movieId: string;
  score: number;
  predictedRating: number;
  /** The largest terms of the score, with their shares; never empty. */
  reasons: Reason[];
  /** Which kind of evidence contributed most: the component that ranked it. */
  source: Component | 'cold-start';
}

export interface RecommendationRow {
  anchorId: string;
  items: Recommendation[];
}

/** Candidates whose terms are listed per row of "because you liked", per movie asked for. */
const ROW_POOL_FACTOR = 4;

/**
 * The served recommender. One additive scorer ranks and explains: every strategy is a choice of
 * its term weights, reasons are the largest terms of the very score that ranked the movie, and
 * the user arrives as their current ratings, so a new rating counts at once without retraining.
 */
export class HybridRecommender {
  readonly scorer: AdditiveScorer;
  private readonly catalogueIndex: Map<string, number>;

  constructor(
    readonly models: TrainedModels,
    readonly config: ScorerConfig = SCORER_DEFAULTS,
  ) {
    this.scorer = new AdditiveScorer(models, config);
    this.catalogueIndex = new Map(models.catalogue.map((movie, index) => [movie.id, index]));
  }

  /** What the models know of a movie; undefined for movies added since training. */
  movie(movieId: string): MovieFacts | undefined {
    const index = this.catalogueIndex.get(movieId);
    return index === undefined ? undefined : this.models.catalogue[index];
  }

  recommend({
    userId,
    ratings,
    first,
    strategy = 'HYBRID',
    filter,
  }: RecommendRequest): Recommendation[] {
    const profile = this.profile(ratings, userId);
    const accept = acceptsMovie(filter);
    const eligible = (index: number) =>
      !profile.ratings.has(index) && accept(this.models.catalogue[index]);
    if (profile.ratings.size === 0) return this.popularAndDiverse(first, eligible);
    const weights = strategyWeights(strategy, this.config.terms);
    const scores = this.scorer.scoreAll(profile, weights);
    const mentionPopularity = profile.ratings.size <= this.config.fewRatings;
    const predict = this.ratingPredictor(ratings);
    return Array.from(
      topK(scores, first, (index) => !eligible(index)),
      (index) => this.scored(profile, index, weights, predict, { mentionPopularity }),
    );
  }

  /** One movie's score for these ratings: what the eval re-scores to test reasons. */
  scoreOf(
    ratings: readonly RatingInput[],
    movieId: string,
    userId: string | null = null,
    strategy: Strategy = 'HYBRID',
  ): number {
    const index = this.catalogueIndex.get(movieId);
    if (index === undefined) return 0;
    const profile = this.profile(ratings, userId);
    return this.scorer
      .terms(profile, index, strategyWeights(strategy, this.config.terms))
      .reduce((sum, term) => sum + term.value, 0);
  }

  /** The served rating model: the learned blend of baseline, MF and item-kNN for these ratings. */
  predictRating(ratings: readonly RatingInput[], movieId: string): number {
    return this.predictRatings(ratings, [movieId])[0];
  }

  /** predictRating for many movies, folding the user in once. */
  predictRatings(ratings: readonly RatingInput[], movieIds: readonly string[]): Float64Array {
    const predict = this.ratingPredictor(ratings);
    return Float64Array.from(movieIds, (movieId) =>
      predict(this.catalogueIndex.get(movieId) ?? -1),
    );
  }

  /**
   * Movies like this one: the movies its learned weights predict and those sharing its people and
   * keywords, scored as for someone whose only rating is a like of this movie.
   */
  similarMovies(movieId: string, first: number): Recommendation[] {
    const source = this.catalogueIndex.get(movieId);
    if (source === undefined) return [];
    const profile = this.profile([{ movieId, rating: 5 }], null);
    const weights: TermWeights = { ...this.config.terms, genre: 0 };
    const scores = this.scorer.scoreAll(profile, weights);
    const ranked = Array.from(topK(scores, first, (index) => index === source));
    return ranked
      .map((index) =>
        this.scored(profile, index, weights, (i) => this.itemBaseline(i), {}, 'movie'),
      )
      .filter((item) => item.reasons.some((reason) => reason.kind !== 'Popular'));
  }

  /**
   * "Because you liked X" rows: each recommended movie goes to the row of the liked film that
   * carries it most, so a row's title is one of its movies' own reasons; no movie in two rows.
   */
  becauseYouLiked(
    ratings: readonly RatingInput[],
    rows: number,
    perRow: number,
    filter?: CandidateFilter,
  ): RecommendationRow[] {
    const profile = this.profile(ratings, null);
    if (profile.liked.length === 0) return [];
    const weights = this.config.terms;
    const scores = this.scorer.scoreAll(profile, weights);
    const accept = acceptsMovie(filter);
    const pool = topK(
      scores,
      ROW_POOL_FACTOR * rows * perRow,
      (index) => profile.ratings.has(index) || !accept(this.models.catalogue[index]),
    );
    const predict = this.ratingPredictor(ratings);
    const byAnchor = new Map<string, Recommendation[]>();
    for (const index of pool) {
      const item = this.scored(profile, index, weights, predict, {});
      const anchorId = item.reasons
        .map((reason) => likedAnchorOf(reason, profile, this.catalogueIndex))
        .find((id) => id !== undefined);
      if (anchorId === undefined) continue;
      const row = byAnchor.get(anchorId) ?? [];
      if (row.length < perRow) byAnchor.set(anchorId, [...row, item]);
    }
    return profile.liked
      .map((index) => this.models.catalogue[index].id)
      .filter((anchorId) => byAnchor.has(anchorId))
      .slice(0, rows)
      .map((anchorId) => ({ anchorId, items: byAnchor.get(anchorId)! }));
  }

  private profile(ratings: readonly RatingInput[], userId: string | null): UserProfile {
    const { data, catalogue } = this.models;
    return userProfile(ratings, {
      data,
      catalogue,
      catalogueIndex: this.catalogueIndex,
      config: this.config,
      selfIndex: userId === null ? -1 : data.userIndex(userId),
    });
  }

  private scored(
    profile: UserProfile,
    index: number,
    weights: TermWeights,
    predict: (index: number) => number,
    options: ExplainOptions,
    audience: 'user' | 'movie' = 'user',
  ): Recommendation {
    const terms = this.scorer.terms(profile, index, weights);
    const movieId = this.models.catalogue[index].id;
    const { reasons, source } = explainTerms(terms, profile, this.models.catalogue, this.config, {
      ...options,
      ...(audience === 'movie' ? { fansOf: this.models.catalogue[profile.liked[0]].id } : {}),
    });
    return {
      movieId,
      score: terms.reduce((sum, term) => sum + term.value, 0),
      predictedRating: predict(index),
      reasons,
      source,
    };
  }

  /**
   * The served rating model for these ratings: the learned blend of baseline, MF (the user folded
   * in once) and item-kNN, as a function of a catalogue index.
   */
  private ratingPredictor(ratings: readonly RatingInput[]): (index: number) => number {
    const { data, baseline, factor, knn, blendWeights } = this.models;
    const indexed = ratings
      .map(({ movieId, rating }) => ({ itemIndex: data.itemIndex(movieId), rating }))
      .filter((rating) => rating.itemIndex >= 0);
    const folded = factor.foldInUser(indexed);
    const knnView = knn.userView(indexed);
    return (index) => {
      const known = index >= 0 && index < data.nItems ? index : -1;
      const itemBias = known >= 0 ? baseline.itemBias[known] : 0;
      const base = data.clip(data.globalMean + knnView.bias + itemBias);
      const mf = factor.predictFolded(folded, known).estimate;
      const neighbours = knn.explainUser(knnView, known).estimate;
      return data.clip(blendRating(blendWeights, [base, mf, neighbours]));
    };
  }

  /** What anyone would be predicted to give this movie: μ + b_i. */
  private itemBaseline(index: number): number {
    const { data, baseline } = this.models;
    return data.clip(data.globalMean + (index < data.nItems ? baseline.itemBias[index] : 0));
  }

  /** With no ratings: the most rated movies, each genre counting for less as it repeats. */
  private popularAndDiverse(first: number, eligible: (index: number) => boolean): Recommendation[] {
    const popularity = Float64Array.from(this.models.catalogue, (_, index) =>
      Math.log1p(this.scorer.ratingCount(index)),
    );
    const remaining = new Set(topK(popularity, 5 * first, (index) => !eligible(index)));
    const genreUses = new Map<string, number>();
    const picked: Recommendation[] = [];
    while (picked.length < first && remaining.size > 0) {
      let best = -1;
      let bestScore = -Infinity;
      for (const index of remaining) {
        const genres = this.models.catalogue[index].genres;
        const repeats =
          genres.reduce((sum, genre) => sum + (genreUses.get(genre) ?? 0), 0) /
          Math.max(1, genres.length);
        const score = popularity[index] - this.config.diversityPenalty * repeats;
        if (score > bestScore || (score === bestScore && index < best))
          [best, bestScore] = [index, score];
      }
      remaining.delete(best);
      for (const genre of this.models.catalogue[best].genres)
        genreUses.set(genre, (genreUses.get(genre) ?? 0) + 1);
      const ratingCount = this.scorer.ratingCount(best);
      if (ratingCount === 0) continue;
      picked.push({
        movieId: this.models.catalogue[best].id,
        score: bestScore,
        predictedRating: this.itemBaseline(best),
        reasons: [{ kind: 'Popular', ratingCount, weight: 1 }],
        source: 'cold-start',
      });
    }
    return picked;
  }
}

/** The liked film a reason is anchored on, if it is one of the user's liked films. */
function likedAnchorOf(
  reason: Reason | undefined,
  profile: UserProfile,
  catalogueIndex: ReadonlyMap<string, number>,
): string | undefined {
  if (reason === undefined) return undefined;
  const anchorId =
    reason.kind === 'BecauseYouLiked'
      ? reason.anchorIds[0]
      : 'anchorId' in reason
        ? reason.anchorId
        : undefined;
  if (anchorId === undefined || reason.kind === 'SharedGenre' || reason.kind === 'SimilarUsers')
    return undefined;
  const index = catalogueIndex.get(anchorId);
  return index !== undefined && profile.liked.includes(index) ? anchorId : undefined;
}
