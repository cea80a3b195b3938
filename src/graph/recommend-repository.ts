import neo4j from 'neo4j-driver';
import { Database } from './database';

/** One user's ratings as training reads them: parallel lists in movie order. */
export interface UserRatingsRow {
  userId: string;
  movieIds: string[];
  ratings: number[];
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

/** Users per page of training's read: about 150,000 ratings on the ML-25M shape. */
const TRAINING_USERS_PER_PAGE = 1_000;

/** The recommender's reads (training data, a user's live ratings) and its learned SIMILAR weights. */
export class RecommendRepository {
  constructor(private readonly database: Database) {}

  /**
   * Every user's ratings, ordered by user and then movie, a page of users per read: no statement
   * sorts or holds all the ratings (25 million on the ML-25M shape), and no object per rating
   * reaches Node.
   */
  async *ratingsByUser(
    usersPerPage: number = TRAINING_USERS_PER_PAGE,
  ): AsyncGenerator<UserRatingsRow[]> {
    for (let afterUserId = ''; ;) {
      const page = await this.database.read<UserRatingsRow>('recommend/ratings-page', {
        afterUserId,
        users: neo4j.int(usersPerPage),
      });
      if (page.length === 0) return;
      yield page;
      afterUserId = page[page.length - 1].userId;
    }
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
    let batch = { sources: [] as string[], targets: [] as string[], weights: [] as number[] };
    const flush = async () => {
      if (batch.sources.length === 0) return;
      await this.database.write('recommend/write-similar', { ...batch, trainedAt });
      written += batch.sources.length;
      batch = { sources: [], targets: [], weights: [] };
    };
    for (const { source, target, weight } of edges) {
      batch.sources.push(source);
      batch.targets.push(target);
      batch.weights.push(weight);
      if (batch.sources.length === SIMILAR_BATCH) await flush();
    }
    await flush();
    await this.database.runAutoCommit('recommend/delete-old-similar', { trainedAt });
    return written;
  }
}
