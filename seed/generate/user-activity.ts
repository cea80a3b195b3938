import { gaussian, mulberry32 } from '../../src/recommend/random';

/** Every synthetic user rates at least this many movies, as in MovieLens. */
export const MIN_RATINGS_PER_USER = 20;

export interface ActivityOptions {
  readonly users: number;
  readonly ratings: number;
  /** No user rates more than this many (distinct) movies. */
  readonly maxPerUser: number;
  readonly seed: number;
  /** Spread of the log-normal activity; MovieLens users are about this skewed. */
  readonly sigma?: number;
}

/**
 * How many ratings each user gives, one user at a time and in constant memory: log-normal draws,
 * scaled so the counts add up to exactly `ratings` (at least MIN_RATINGS_PER_USER each). The draws
 * are replayed from the seed, once to total them and once to hand them out.
 */
export function* userActivity(options: ActivityOptions): Generator<number> {
  const { users, ratings, maxPerUser, seed, sigma = 1.1 } = options;
  const draws = (): (() => number) => {
    const random = mulberry32(seed);
    return () => Math.exp(sigma * gaussian(random));
  };
  const first = draws();
  let total = 0;
  for (let u = 0; u < users; u++) total += first();
  const spare = ratings - MIN_RATINGS_PER_USER * users;
  const next = draws();
  let running = 0;
  let handedOut = 0;
  for (let u = 0; u < users; u++) {
    running += next();
    // Cumulative targets make the rounding errors cancel; a capped user's share moves on.
    const target = Math.round(MIN_RATINGS_PER_USER * (u + 1) + (spare * running) / total);
    const count = Math.min(maxPerUser, Math.max(MIN_RATINGS_PER_USER, target - handedOut));
    handedOut += count;
    yield count;
  }
}
