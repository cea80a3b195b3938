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

/** The recommender's reads: training data and a user's live ratings. */
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
    const [row] = await this.database.read<{
      found: boolean;
      movieIds: string[];
      ratings: number[];
      ratedAt: number[];
    }>('recommend/user-ratings', { userId });
    if (!row.found) return null;
    return row.movieIds.map((movieId, n) => ({
      movieId,
      rating: row.ratings[n],
      ratedAt: row.ratedAt[n],
    }));
  }
}
