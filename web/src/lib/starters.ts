import { MovieCard } from '../api/operations';

/**
 * Popular films across genres for a new account to rate: the most rated of each genre in turn
 * (round robin), each film once, so the grid is not twenty dramas.
 */
export function variedStarters(
  genres: { name: string; movies: { edges: { node: MovieCard }[] } }[],
  limit: number,
): MovieCard[] {
  const queues = genres.map((genre) => genre.movies.edges.map((edge) => edge.node));
  const picked = new Map<string, MovieCard>();
  for (let rank = 0; picked.size < limit && queues.some((queue) => rank < queue.length); rank++) {
    for (const queue of queues) {
      const movie = queue[rank];
      if (movie !== undefined && !picked.has(movie.id) && picked.size < limit)
        picked.set(movie.id, movie);
    }
  }
  return [...picked.values()];
}
