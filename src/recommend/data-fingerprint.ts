import { createHash, type Hash } from 'node:crypto';
import type { RawRating } from './dataset';
import type { MovieFacts } from './trained-models';

/**
 * sha256 (hex) of what training reads: the ratings and every movie's id, year and features, each
 * in sorted order, so the same data listed in another order gives the same fingerprint.
 */
export function dataFingerprint(
  ratings: readonly RawRating[],
  movies: readonly MovieFacts[],
): string {
  const hash = createHash('sha256');
  hashRatings(hash, ratings);
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
 * integer built from its three ranks (exact below 2^53), sorted: a native numeric sort of 100k
 * numbers rather than a sort of 100k strings or one with a comparator.
 */
function hashRatings(hash: Hash, ratings: readonly RawRating[]): void {
  const distinct = <T>(values: T[], compare?: (a: T, b: T) => number) =>
    [...new Set(values)].sort(compare);
  const userIds = distinct(ratings.map((r) => r.userId));
  const movieIds = distinct(ratings.map((r) => r.movieId));
  const values = distinct(
    ratings.map((r) => r.rating),
    (a, b) => a - b,
  );
  const ranks = <T>(sorted: T[]) => new Map(sorted.map((value, rank) => [value, rank]));
  const userRank = ranks(userIds);
  const movieRank = ranks(movieIds);
  const valueRank = ranks(values);
  const keys = Float64Array.from(
    ratings,
    (r) =>
      (userRank.get(r.userId)! * movieIds.length + movieRank.get(r.movieId)!) * values.length +
      valueRank.get(r.rating)!,
  ).sort();
  hash.update(JSON.stringify([userIds, movieIds, values])).update(new Uint8Array(keys.buffer));
}
