import type { CandidateFilter } from './candidate-filter';
import type { RatingInput, Recommendation, Recommender, RecommendRequest } from './contract';
import { SCORER_DEFAULTS, type ScorerConfig } from './scoring/scorer-config';
import { BecauseYouLiked, type RecommendationRow } from './strategies/because-you-liked';
import { ColdStart } from './strategies/cold-start';
import { collaborativeTerms } from './strategies/collaborative';
import { contentStrategyTerms } from './strategies/content';
import { graphTerms } from './strategies/graph';
import { hybridTerms } from './strategies/hybrid';
import { ScoringContext } from './strategies/scoring-context';
import { SimilarMovies } from './strategies/similar-movies';
import { TermStrategy } from './strategies/term-strategy';
import type { MovieFacts, TrainedModels } from './trained-models';

export type { RatingInput, Recommendation, RecommendRequest, Recommender } from './contract';
export type { RecommendationRow } from './strategies/because-you-liked';

/** The strategies a client picks by name; each is the additive scorer with its own terms. */
export type Strategy = 'HYBRID' | 'COLLABORATIVE' | 'CONTENT' | 'GRAPH';

/** A request for one of the named strategies (the hybrid when none is named). */
export type StrategyRequest = RecommendRequest & { strategy?: Strategy };

/**
 * Everything the server recommends with, from one set of trained models: every strategy is a
 * `Recommender` in its own file (src/recommend/strategies/), and this object hands each request
 * to the one asked for. The user arrives as their current ratings, so a new rating counts at once
 * without retraining.
 */
export class HybridRecommender {
  readonly context: ScoringContext;
  readonly strategies: Readonly<Record<Strategy, TermStrategy>>;
  readonly coldStart: ColdStart;
  readonly similar: SimilarMovies;
  readonly rows: BecauseYouLiked;

  constructor(models: TrainedModels, config: ScorerConfig = SCORER_DEFAULTS) {
    const context = new ScoringContext(models, config);
    const coldStart = new ColdStart(context);
    const strategy = (name: Strategy, weights: ScorerConfig['terms']) =>
      new TermStrategy(name, weights, context, coldStart);
    const fitted = config.terms;
    this.context = context;
    this.coldStart = coldStart;
    this.strategies = {
      HYBRID: strategy('HYBRID', hybridTerms(fitted)),
      COLLABORATIVE: strategy('COLLABORATIVE', collaborativeTerms(fitted)),
      CONTENT: strategy('CONTENT', contentStrategyTerms(fitted)),
      GRAPH: strategy('GRAPH', graphTerms(fitted)),
    };
    this.similar = new SimilarMovies(context);
    this.rows = new BecauseYouLiked(context, this.strategies.HYBRID.weights);
  }

  get models(): TrainedModels {
    return this.context.models;
  }

  /** Every strategy behind the one contract, by name (the tests run each through the same checks). */
  get recommenders(): Recommender[] {
    return [...Object.values(this.strategies), this.coldStart, this.similar, this.rows];
  }

  /** What the models know of a movie; undefined for movies added since training. */
  movie(movieId: string): MovieFacts | undefined {
    const index = this.context.catalogueIndex.get(movieId);
    return index === undefined ? undefined : this.context.catalogue[index];
  }

  recommend({ strategy = 'HYBRID', ...request }: StrategyRequest): Recommendation[] {
    return this.strategies[strategy].recommend(request);
  }

  /** One movie's score for these ratings: what the eval re-scores to test reasons. */
  scoreOf(
    ratings: readonly RatingInput[],
    movieId: string,
    userId: string | null = null,
    strategy: Strategy = 'HYBRID',
  ): number {
    return this.strategies[strategy].scoreOf(ratings, movieId, userId);
  }

  /** The served rating model (the one rating blend) for these ratings. */
  predictRating(ratings: readonly RatingInput[], movieId: string): number {
    return this.predictRatings(ratings, [movieId])[0];
  }

  /** predictRating for many movies, folding the user in once. */
  predictRatings(ratings: readonly RatingInput[], movieIds: readonly string[]): Float64Array {
    const predict = this.context.ratingPredictor(ratings);
    return Float64Array.from(movieIds, (movieId) =>
      predict(this.context.catalogueIndex.get(movieId) ?? -1),
    );
  }

  /** Movies like this one (see SimilarMovies); none for a movie the models do not know. */
  similarMovies(movieId: string, first: number): Recommendation[] {
    if (!this.context.catalogueIndex.has(movieId)) return [];
    return this.similar.recommend({ userId: null, ratings: [{ movieId, rating: 5 }], first });
  }

  /** "Because you liked X" rows (see BecauseYouLiked). */
  becauseYouLiked(
    ratings: readonly RatingInput[],
    rows: number,
    perRow: number,
    filter?: CandidateFilter,
  ): RecommendationRow[] {
    return this.rows.rows(ratings, rows, perRow, filter);
  }
}
