import { MovieCard } from '../api/operations';

/** How far down the popularity list a pick may reach to find a genre not yet shown. */
const LOOKAHEAD = 12;

/**
 * Popular films across genres for a new account to rate: in popularity order, but each pick is
 * the film among the next few whose genres the grid shows least so far, so it is not all dramas.
 */
export function variedStarters(popular: readonly MovieCard[], limit: number): MovieCard[] {
  const remaining = [...popular];
  const shown = new Map<string, number>();
  const crowding = (movie: MovieCard) =>
    movie.genres.length === 0
      ? 0
      : movie.genres.reduce((sum, { name }) => sum + (shown.get(name) ?? 0), 0) /
        movie.genres.length;
  const picked: MovieCard[] = [];
  while (picked.length < limit && remaining.length > 0) {
    let best = 0;
    for (let n = 1; n < Math.min(LOOKAHEAD, remaining.length); n++) {
      if (crowding(remaining[n]) < crowding(remaining[best])) best = n;
    }
    const [movie] = remaining.splice(best, 1);
    picked.push(movie);
    for (const { name } of movie.genres) shown.set(name, (shown.get(name) ?? 0) + 1);
  }
  return picked;
}
