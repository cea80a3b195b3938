import { PathEvidence, PathQuery } from '../recommend/evidence';
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

type StoredPaths = Omit<PathEvidence, 'genres'> & {
  genresByAnchor: { anchorId: string; genres: string[] }[];
};

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

  /** Shared directors, actors and genres between each candidate and the anchors. */
  async paths(query: PathQuery): Promise<PathEvidence[]> {
    const rows = await this.database.read<StoredPaths>('recommend/graph-paths', { ...query });
    return rows.map(({ genresByAnchor, ...paths }) => ({
      ...paths,
      genres: genresByAnchor.flatMap(({ anchorId, genres }) =>
        genres.map((genre) => ({ genre, anchorId })),
      ),
    }));
  }
}
