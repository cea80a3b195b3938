import { DateTime } from 'neo4j-driver';
import { notFound } from '../errors';
import { Database, Transaction } from './database';
import { page, pageParams, recordsById } from './lookups';
import { Page, PageRequest, RatingRecord, UserRecord } from './records';

interface StoredRating {
  movieId: string;
  value: number;
  ratedAt: DateTime<number>;
}

const toRating = (userId: string, { movieId, value, ratedAt }: StoredRating): RatingRecord => ({
  userId,
  movieId,
  value,
  ratedAt: ratedAt.toStandardDate(),
});

async function requireUserAndMovie(
  tx: Transaction,
  userId: string,
  movieId: string,
): Promise<void> {
  const [row] = await tx.run<{ userExists: boolean; movieExists: boolean }>(
    'users/user-and-movie-exist',
    { userId, movieId },
  );
  if (!row.userExists) throw notFound('user', userId);
  if (!row.movieExists) throw notFound('movie', movieId);
}

export class UserRepository {
  constructor(private readonly database: Database) {}

  usersByIds(ids: readonly string[]): Promise<Map<string, UserRecord>> {
    return recordsById(this.database, 'users/users-by-ids', 'user', ids);
  }

  listUsers(request: PageRequest): Promise<Page<UserRecord>> {
    return page(this.database, 'users/list-users', {}, request);
  }

  /** The same page of each user's ratings, newest first, with each user's total. */
  async ratingPagesByUsers(
    ids: readonly string[],
    request: PageRequest,
  ): Promise<Map<string, Page<RatingRecord>>> {
    const rows = await this.database.read<{ id: string; total: number; ratings: StoredRating[] }>(
      'users/rating-pages-by-users',
      { ids, ...pageParams(request) },
    );
    return new Map(
      rows.map(({ id, total, ratings }) => [
        id,
        { total, items: ratings.map((rating) => toRating(id, rating)) },
      ]),
    );
  }

  async ratingCountsByUsers(ids: readonly string[]): Promise<Map<string, number>> {
    const rows = await this.database.read<{ id: string; ratingCount: number }>(
      'users/rating-counts-by-users',
      { ids },
    );
    return new Map(rows.map(({ id, ratingCount }) => [id, ratingCount]));
  }

  /** Creates or replaces the user's rating of the movie; unknown ids change nothing. */
  rateMovie(userId: string, movieId: string, value: number): Promise<RatingRecord> {
    return this.database.writeTransaction(async (tx) => {
      await requireUserAndMovie(tx, userId, movieId);
      const [row] = await tx.run<{ rating: StoredRating }>('users/rate-movie', {
        userId,
        movieId,
        value,
      });
      return toRating(userId, row.rating);
    });
  }

  /** True when a rating existed and was removed. */
  removeRating(userId: string, movieId: string): Promise<boolean> {
    return this.database.writeTransaction(async (tx) => {
      await requireUserAndMovie(tx, userId, movieId);
      const [row] = await tx.run<{ removed: number }>('users/remove-rating', { userId, movieId });
      return row.removed > 0;
    });
  }

  /** Marks the movie "not interested"; true once it is (also when it already was). */
  dismissMovie(userId: string, movieId: string): Promise<boolean> {
    return this.database.writeTransaction(async (tx) => {
      await requireUserAndMovie(tx, userId, movieId);
      const [row] = await tx.run<{ dismissed: number }>('dismissals/dismiss-movie', {
        userId,
        movieId,
      });
      return row.dismissed > 0;
    });
  }

  /** True when the movie was marked "not interested" and no longer is. */
  undismissMovie(userId: string, movieId: string): Promise<boolean> {
    return this.database.writeTransaction(async (tx) => {
      await requireUserAndMovie(tx, userId, movieId);
      const [row] = await tx.run<{ removed: number }>('dismissals/undismiss-movie', {
        userId,
        movieId,
      });
      return row.removed > 0;
    });
  }

  /** Ratings of (user, movie) pairs; unrated pairs are absent. */
  ratingsOfMovies(
    pairs: readonly { userId: string; movieId: string }[],
  ): Promise<{ userId: string; movieId: string; rating: number }[]> {
    return this.database.read('users/ratings-of-movies', { pairs });
  }

  /** The movies each user marked "not interested", newest first; users with none are absent. */
  async dismissalsByUsers(ids: readonly string[]): Promise<Map<string, string[]>> {
    const rows = await this.database.read<{ id: string; movieIds: string[] }>(
      'dismissals/dismissals-by-users',
      { ids },
    );
    return new Map(rows.map(({ id, movieIds }) => [id, movieIds]));
  }
}
