import type { Recommendation, Recommender, RecommendRequest } from '../contract';
import { topK } from '../ranking';
import type { TermWeights } from '../scoring/scorer-config';
import type { ScoringContext } from './scoring-context';

/**
 * Movies like the ones given (a movie page gives one, rated 5): those their learned weights
 * predict and those sharing their people and keywords, scored as for someone whose only ratings
 * are these, genres and the taste profile left out (a shared genre, or a latent match with one
 * film, does not make a film alike, and names nothing on the page). Reasons speak of
 * the movie ("Like Heat"), and only movies tied by more than popularity are kept.
 */
export class SimilarMovies implements Recommender {
  readonly name = 'similar movies';
  readonly weights: TermWeights;

  constructor(private readonly context: ScoringContext) {
    this.weights = { ...context.config.terms, genre: 0, taste: 0 };
  }

  recommend({ ratings, first }: RecommendRequest): Recommendation[] {
    const { context } = this;
    const profile = context.profile(ratings, null);
    if (profile.liked.length === 0) return [];
    const scores = context.scorer.scoreAll(profile, this.weights);
    const fansOf = context.catalogue[profile.liked[0]].id;
    return Array.from(topK(scores, first, (index) => profile.ratings.has(index)))
      .map((index) =>
        context.scored(profile, index, this.weights, (i) => context.itemBaseline(i), { fansOf }),
      )
      .filter((item) => item.reasons.some((reason) => reason.kind !== 'Popular'));
  }
}
