import { existsSync } from 'node:fs';
import path from 'node:path';
import { Database } from '../src/graph/database';
import { projectRoot } from '../src/project-root';
import { Catalogue } from './catalogue';
import { catalogueSources, loadCatalogue, resetGraph } from './graph-loader';
import { movieLensCatalogue } from './sources/movielens';

/** The real datasets beside the project (`../shared/datasets`), read in place, never copied. */
export const sharedDatasets = path.resolve(projectRoot, '..', 'shared', 'datasets');
export const mlLatestSmall = path.join(sharedDatasets, 'ml-latest-small');
export const imdbMetadata = path.join(sharedDatasets, 'imdb-5000', 'movie_metadata.csv');
export const hasSharedDatasets = existsSync(path.join(mlLatestSmall, 'ratings.csv'));

/**
 * Makes a scratch graph (tests, benchmarks) hold exactly this catalogue, reloading only when it
 * holds something else.
 */
export async function useCatalogue(
  database: Database,
  source: string,
  build: () => Promise<Catalogue> | Catalogue,
): Promise<void> {
  const sources = await catalogueSources(database);
  if (sources.length === 1 && sources[0] === source) return;
  await resetGraph(database);
  await loadCatalogue(database, await build());
}

/** ml-latest-small joined with the IMDb metadata, as `npm run seed -- movielens` loads it. */
export const movieLensSmallCatalogue = () =>
  movieLensCatalogue(mlLatestSmall, { metadataFile: imdbMetadata, onIssue: () => {} });
