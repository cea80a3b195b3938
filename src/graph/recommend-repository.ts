import { GraphEvidence } from '../recommend/evidence';
import { Database } from './database';

export interface TrainingRating {
  userId: string;
  movieId: string;
  rating: number;
}

export interface MovieFeatures {
  id: string;
  year: number | null;
  genres: string[];
  directors: string[];
  cast: string[];
  keywords: string[];
}

export interface UserRating {
  movieId: string;
  rating: number;
  /** Unix seconds. */
  ratedAt: number;
}

export interface EvidenceRequest {
  candidateIds: string[];
  /** Ratings at or above this count as "liked". */
  likedRating: number;
}

/** The recommender's reads: training data, a user's live ratings, and graph evidence. */
export class RecommendRepository {
  constructor(private readonly database: Database) {}

  allRatings(): Promise<TrainingRating[]> {
    return this.database.read<TrainingRating>('recommend/all-ratings');
  }

  movieFeatures(): Promise<MovieFeatures[]> {
    return this.database.read<MovieFeatures>('recommend/movie-features');
  }

  /** null when there is no such user. */
  async userRatings(userId: string): Promise<UserRating[] | null> {
    const [row] = await this.database.read<{ ratings: UserRating[] }>('recommend/user-ratings', {
      userId,
    });
    return row === undefined ? null : row.ratings;
  }

  /** Paths from each candidate to the user's liked movies (`anchorIds`, best first). */
  userEvidence(
    userId: string,
    anchorIds: string[],
    request: EvidenceRequest,
    neighbourCount = 50,
  ): Promise<GraphEvidence[]> {
    return this.database.read<GraphEvidence>('recommend/graph-evidence', {
      userId,
      anchorIds,
      neighbourCount,
      ...request,
    });
  }

  /** What each candidate shares with one movie. */
  movieEvidence(movieId: string, request: EvidenceRequest): Promise<GraphEvidence[]> {
    return this.database.read<GraphEvidence>('recommend/similar-movie-evidence', {
      movieId,
      ...request,
    });
  }
}
