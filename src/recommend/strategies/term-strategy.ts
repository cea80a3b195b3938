import { acceptsMovie } from '../candidate-filter';
import type { RatingInput, Recommendation, Recommender, RecommendRequest } from '../contract';
import { topK } from '../ranking';
import type { TermWeights } from '../scoring/scorer-config';
import type { ScoringContext } from './scoring-context';

/**
 * A strategy that is the additive scorer with a choice of term weights: it ranks by the sum of
 * those terms and explains with the largest of them, so its reasons are its ranking's own.
 * Someone with no ratings the models know gets the cold-start list instead.
 */
export class TermStrategy implements Recommender {
  constructor(
    readonly name: string,
    readonly weights: TermWeights,
    private readonly context: ScoringContext,
    private readonly coldStart: Recommender,
  ) {}

  recommend(request: RecommendRequest): Recommendation[] {
    const { context } = this;
    const profile = context.profile(request.ratings, request.userId);
    if (profile.ratings.size === 0) return this.coldStart.recommend(request);
    const accept = acceptsMovie(request.filter);
    const scores = context.scorer.scoreAll(profile, this.weights);
    // Rated movies leave the ranking as non-scores: cheaper than asking about every movie.
    for (const index of profile.ratings.keys()) scores[index] = Number.NaN;
    const mentionPopularity = profile.ratings.size <= context.config.fewRatings;
    const predict = context.pickRatingPredictor(request.ratings);
    const refused = request.filter && ((index: number) => !accept(context.catalogue[index]));
    const ranked = topK(scores, request.first, refused);
    return Array.from(ranked, (index) =>
      context.scored(profile, index, this.weights, predict, { mentionPopularity }),
    );
  }

  /** One movie's score for these ratings: what the eval and the tests re-score to test reasons. */
  scoreOf(ratings: readonly RatingInput[], movieId: string, userId: string | null): number {
    const index = this.context.catalogueIndex.get(movieId);
    if (index === undefined) return 0;
    return this.context.score(this.context.profile(ratings, userId), index, this.weights);
  }
}
