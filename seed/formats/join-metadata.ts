import type { ImdbMetadata } from './imdb-metadata';
import type { ParsedMovie } from './read-movies';

/** MovieLens movie id → IMDb metadata, for the movies whose links.csv IMDb id is in `metadata`. */
export function joinMetadata(
  movies: readonly ParsedMovie[],
  metadata: readonly ImdbMetadata[],
): Map<string, ImdbMetadata> {
  const byImdbId = new Map(metadata.map((film) => [film.imdbId, film]));
  const joined = new Map<string, ImdbMetadata>();
  for (const movie of movies) {
    const film = movie.imdbId === undefined ? undefined : byImdbId.get(movie.imdbId);
    if (film) joined.set(movie.id, film);
  }
  return joined;
}
