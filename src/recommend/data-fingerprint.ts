import { createHash, type Hash } from 'node:crypto';
import type { RawRating } from './dataset';
import { RatingColumns } from './rating-columns';
import type { MovieFacts } from './trained-models';

/**
 * sha256 (hex) of what training reads: the ratings and every movie's id, year and features, each
 * in sorted order, so the same data listed in another order gives the same fingerprint.
 */
export function dataFingerprint(
  ratings: readonly RawRating[] | RatingColumns,
  movies: readonly MovieFacts[],
): string {
  const hash = createHash('sha256');
  hashRatings(
    hash,
    ratings instanceof RatingColumns ? ratings : RatingColumns.fromRatings(ratings),
  );
  const sorted = (values: readonly string[]) => [...values].sort();
  const movieLines = movies.map((movie) =>
    JSON.stringify([
      movie.id,
      movie.year ?? null,
      sorted(movie.genres),
      sorted(movie.directors),
      sorted(movie.cast),
      sorted(movie.keywords),
    ]),
  );
  return hash.update(movieLines.sort().join('\n')).digest('hex');
}

/**
 * The sorted distinct user ids, movie ids and rating values as JSON, then each rating as one
 * integer built from its three ranks (exact below 2^53), sorted: a native numeric sort of the
 * ratings' numbers rather than a sort of strings or one with a comparator. Read from columns, so
 * 25 million ratings need no object each.
 */
function hashRatings(hash: Hash, columns: RatingColumns): void {
  const rankOf = (ids: readonly string[]) => {
    const sorted = [...ids].sort();
    const rankById = new Map(sorted.map((id, rank) => [id, rank]));
    return { sorted, ranks: Int32Array.from(ids, (id) => rankById.get(id)!) };
  };
  const users = rankOf(columns.userIds);
  const movies = rankOf(columns.movieIds);
  const values = [...new Set(columns.ratings)].sort((a, b) => a - b);
  const valueRank = new Map(values.map((value, rank) => [value, rank]));
  const { users: userColumn, movies: movieColumn, ratings } = columns;
  const keys = new Float64Array(columns.length);
  for (let n = 0; n < keys.length; n++) {
    keys[n] =
      (users.ranks[userColumn[n]] * movies.sorted.length + movies.ranks[movieColumn[n]]) *
        values.length +
      valueRank.get(ratings[n])!;
  }
  keys.sort();
  hash
    .update(JSON.stringify([users.sorted, movies.sorted, values]))
    .update(new Uint8Array(keys.buffer));
}
