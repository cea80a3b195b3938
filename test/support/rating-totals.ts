import { Database } from '../../src/graph/database';

/** A movie's kept ratingCount and ratingSum beside the number and sum of its RATED relationships. */
export interface RatingTotals {
  ratingCount: number;
  ratingSum: number;
  ratings: number;
  sumOfRatings: number;
}

export async function ratingTotals(database: Database, movieId: string): Promise<RatingTotals> {
  const [row] = await database.read<RatingTotals>('checks/rating-totals', { movieId });
  return row;
}

/** The movie has ratings, and its kept totals are their number and sum. */
export async function expectTotalsMatchRatings(
  database: Database,
  movieId: string,
): Promise<RatingTotals> {
  const row = await ratingTotals(database, movieId);
  expect(row.ratings).toBeGreaterThan(0);
  expect(row.ratingCount).toBe(row.ratings);
  expect(row.ratingSum).toBeCloseTo(row.sumOfRatings, 6);
  return row;
}
