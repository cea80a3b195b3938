import type { CandidateFilter } from './candidate-filter';
import type { Reason } from './reasons';
import type { Component } from './scoring/explain-terms';
import type { RatingInput } from './scoring/user-profile';

export type { RatingInput } from './scoring/user-profile';

/**
 * The one contract of every strategy (collaborative, content, graph, hybrid, cold start, similar
 * movies, because-you-liked): ratings in, scored movies with their reasons out.
 */
export interface Recommender {
  readonly name: string;
  recommend(request: RecommendRequest): Recommendation[];
}

export interface RecommendRequest {
  /** null for someone who is not in the graph (their ratings still say everything needed). */
  userId: string | null;
  /** The user's current ratings (dismissed movies as 1.0), read from the graph at request time. */
  ratings: readonly RatingInput[];
  first: number;
  /** Narrows the candidates; rated movies are always left out. */
  filter?: CandidateFilter;
}

/** Which kind of evidence contributed most to a movie's score, or cold start (no ratings). */
export type RankedBy = Component | 'cold-start';

/** One scored movie: its score is the sum of the terms its reasons are drawn from. */
export interface Recommendation {
  movieId: string;
  score: number;
  predictedRating: number;
  /** The largest terms of the score, with their shares; never empty. */
  reasons: Reason[];
  rankedBy: RankedBy;
}
