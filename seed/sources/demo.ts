import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { projectRoot } from '../../src/project-root';
import { availabilityFor } from '../availability';
import { Catalogue, CatalogueMovie } from '../catalogue';
import { demoFilms } from '../demo/films';
import { generateDemoUsers } from '../demo/users';

export const DEMO_SOURCE = 'demo';

const DEMO_DIR = path.join(projectRoot, 'seed', 'demo');
/** Sample data: made-up services carrying the demo films (see README, "What you can watch"). */
export const DEMO_AVAILABILITY = path.join(DEMO_DIR, 'availability.csv');

/** The films' IMDb and TMDb ids, as MovieLens's links.csv lists them (films it has). */
function demoLinks(): Map<string, { imdbId: number; tmdbId: number }> {
  const rows: { movieId: string; imdbId: string; tmdbId: string }[] = parse(
    readFileSync(path.join(DEMO_DIR, 'links.csv'), 'utf8'),
    { columns: true },
  );
  return new Map(
    rows.map((row) => [row.movieId, { imdbId: Number(row.imdbId), tmdbId: Number(row.tmdbId) }]),
  );
}

/**
 * The built-in catalogue: real films and credits, generated users with latent tastes, and the
 * sample availability file.
 */
export async function demoCatalogue(
  options: { users?: number; seed?: number } = {},
): Promise<Catalogue> {
  const { users, ratings } = generateDemoUsers(demoFilms, options);
  const links = demoLinks();
  const movies: CatalogueMovie[] = demoFilms.map((film) => ({
    ...film,
    ...links.get(film.id),
    directors: [...film.directors],
    cast: [...film.cast],
  }));
  // The sample file is committed and clean: no row to report.
  const availability = await availabilityFor(DEMO_AVAILABILITY, movies, () => {});
  return {
    source: DEMO_SOURCE,
    movies,
    users,
    ratings: (async function* () {
      yield ratings.map((rating) => ({
        ...rating,
        ratedAt: Math.floor(rating.ratedAt.getTime() / 1000),
      }));
    })(),
    availability: availability.matched,
    expectedRatings: ratings.length,
  };
}
