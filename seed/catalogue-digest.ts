import { createHash } from 'node:crypto';
import { CatalogueMovie } from './catalogue';

/**
 * A fingerprint of everything the loaders write for the movies (titles, years, ids, genres,
 * credits, keywords), not of ratings or availability: when the last catalogue loaded had the same
 * one, the movies, people and keywords are already in the graph as this catalogue has them.
 */
export function moviesDigest(movies: readonly CatalogueMovie[]): string {
  const hash = createHash('sha256');
  for (const movie of movies) {
    hash.update(
      JSON.stringify([
        movie.id,
        movie.title,
        movie.year,
        movie.imdbId ?? null,
        movie.tmdbId ?? null,
        movie.genres,
        movie.directors,
        movie.cast,
        movie.keywords,
      ]),
    );
    hash.update('\n');
  }
  return hash.digest('base64url');
}
