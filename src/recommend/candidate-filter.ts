import { MovieFacts } from './trained-models';

export interface CandidateFilter {
  genres?: readonly string[] | null;
  yearFrom?: number | null;
  yearTo?: number | null;
  /** Only these movies (e.g. the ones on the user's streaming services); any when absent. */
  movieIds?: ReadonlySet<string> | null;
}

/**
 * Which movies may be recommended: any of the genres, within the years (unknown years fail a year
 * bound), among `movieIds` when given.
 */
export function acceptsMovie({ genres, yearFrom, yearTo, movieIds }: CandidateFilter = {}): (
  movie: MovieFacts,
) => boolean {
  const wanted = genres ? new Set(genres) : null;
  return (movie) => {
    if (movieIds && !movieIds.has(movie.id)) return false;
    if (wanted && !movie.genres.some((genre) => wanted.has(genre))) return false;
    const year = movie.year ?? null;
    if (yearFrom != null && (year === null || year < yearFrom)) return false;
    if (yearTo != null && (year === null || year > yearTo)) return false;
    return true;
  };
}
