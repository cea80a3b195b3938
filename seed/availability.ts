import { CatalogueAvailability, CatalogueMovie } from './catalogue';
import type { OnIssue } from './formats';
import { readAvailability } from './formats/read-availability';

/**
 * An availability file's rows for the movies of this catalogue, matched by IMDb id, else TMDb
 * id; each movie, provider and region once. Rows for films the catalogue lacks are left out.
 */
export function matchAvailability(
  movies: readonly CatalogueMovie[],
  rows: readonly { imdbId?: number; tmdbId?: number; provider: string; region: string }[],
): { matched: CatalogueAvailability[]; unmatched: number } {
  const byImdb = new Map<number, string>();
  const byTmdb = new Map<number, string>();
  for (const movie of movies) {
    if (movie.imdbId !== undefined) byImdb.set(movie.imdbId, movie.id);
    if (movie.tmdbId !== undefined) byTmdb.set(movie.tmdbId, movie.id);
  }
  const matched = new Map<string, CatalogueAvailability>();
  let unmatched = 0;
  for (const { imdbId, tmdbId, provider, region } of rows) {
    const movieId =
      (imdbId === undefined ? undefined : byImdb.get(imdbId)) ??
      (tmdbId === undefined ? undefined : byTmdb.get(tmdbId));
    if (movieId === undefined) unmatched++;
    else matched.set(JSON.stringify([movieId, provider, region]), { movieId, provider, region });
  }
  return { matched: [...matched.values()], unmatched };
}

/** Reads an availability file and matches it to `movies`. */
export async function availabilityFor(
  file: string,
  movies: readonly CatalogueMovie[],
  onIssue: OnIssue,
): Promise<{ matched: CatalogueAvailability[]; unmatched: number }> {
  return matchAvailability(movies, await readAvailability(file, onIssue));
}
