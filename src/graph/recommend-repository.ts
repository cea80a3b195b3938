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

/** A learned item–item weight between two movies, by graph id. */
export interface SimilarEdge {
  source: string;
  target: string;
  weight: number;
}

const SIMILAR_BATCH = 10_000;

/** The recommender's reads (training data, a user's live ratings) and its learned SIMILAR weights. */
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

  /**
   * Writes the learned item–item weights as (:Movie)-[:SIMILAR {weight}]->(:Movie) in batches,
   * then removes those of earlier trainings: meanwhile readers see the old weights, the new ones
   * or both, never none. Returns how many were written.
   */
  async replaceSimilar(edges: Iterable<SimilarEdge>, trainedAt: string): Promise<number> {
    let written = 0;
    let rows: SimilarEdge[] = [];
    const flush = async () => {
      if (rows.length === 0) return;
      await this.database.write('recommend/write-similar', { rows, trainedAt });
      written += rows.length;
      rows = [];
    };
    for (const edge of edges) {
      rows.push(edge);
      if (rows.length === SIMILAR_BATCH) await flush();
    }
    await flush();
    await this.database.runAutoCommit('recommend/delete-old-similar', { trainedAt });
    return written;
  }
}
