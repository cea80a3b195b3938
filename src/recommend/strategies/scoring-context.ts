import { ratingPredictor } from '../rating-blend';
import type { RatingInput, Recommendation } from '../contract';
import { AdditiveScorer } from '../scoring/additive-scorer';
import { explainTerms, type ExplainOptions } from '../scoring/explain-terms';
import type { ScorerConfig, TermWeights } from '../scoring/scorer-config';
import { likedFans } from '../scoring/liked-fans';
import { userProfile, type UserProfile } from '../scoring/user-profile';
import type { MovieFacts, TrainedModels } from '../trained-models';

/**
 * What every strategy scores with: the additive scorer over the trained models, the catalogue's
 * index, the user's profile and the one rating blend. Built once per set of trained models.
 */
export class ScoringContext {
  readonly scorer: AdditiveScorer;
  readonly catalogueIndex: ReadonlyMap<string, number>;

  constructor(
    readonly models: TrainedModels,
    readonly config: ScorerConfig,
  ) {
    this.scorer = new AdditiveScorer(models, config);
    this.catalogueIndex = new Map(models.catalogue.map((movie, index) => [movie.id, index]));
    likedFans(models.data, config.likedRating); // built now rather than by the first request
  }

  get catalogue(): readonly MovieFacts[] {
    return this.models.catalogue;
  }

  profile(ratings: readonly RatingInput[], userId: string | null): UserProfile {
    const { data, catalogue } = this.models;
    return userProfile(ratings, {
      data,
      catalogue,
      catalogueIndex: this.catalogueIndex,
      config: this.config,
      selfIndex: userId === null ? -1 : data.userIndex(userId),
    });
  }

  /** A movie's score under these weights: the sum of its terms. */
  score(profile: UserProfile, index: number, weights: TermWeights): number {
    return this.scorer.terms(profile, index, weights).reduce((sum, term) => sum + term.value, 0);
  }

  /** One movie as a recommendation: its terms summed, and its reasons drawn from those terms. */
  scored(
    profile: UserProfile,
    index: number,
    weights: TermWeights,
    predict: (index: number) => number,
    options: ExplainOptions = {},
  ): Recommendation {
    const terms = this.scorer.terms(profile, index, weights);
    const { reasons, source } = explainTerms(terms, profile, this.catalogue, this.config, options);
    return {
      movieId: this.catalogue[index].id,
      score: terms.reduce((sum, term) => sum + term.value, 0),
      predictedRating: predict(index),
      reasons,
      rankedBy: source,
    };
  }

  /** predictedRating for these ratings, by catalogue index (the rating blend, user folded in). */
  ratingPredictor(ratings: readonly RatingInput[]): (index: number) => number {
    const { blendWeights } = this.models;
    return ratingPredictor(this.models, blendWeights, ratings);
  }

  /**
   * predictedRating of a recommended movie: the blend, but never below the user's own mean
   * rating. Ranking it among their best bets says it is at least an average film for them; on
   * ml-latest-small (75/25) the blend alone put 23% of top-10 picks below the user's mean.
   */
  pickRatingPredictor(ratings: readonly RatingInput[]): (index: number) => number {
    const predict = this.ratingPredictor(ratings);
    if (ratings.length === 0) return predict;
    const mean = ratings.reduce((sum, rating) => sum + rating.rating, 0) / ratings.length;
    return (index) => Math.max(mean, predict(index));
  }

  /** What anyone would be predicted to give this movie: μ + b_i. */
  itemBaseline(index: number): number {
    const { data, baseline } = this.models;
    return data.clip(data.globalMean + (index < data.nItems ? baseline.itemBias[index] : 0));
  }
}
