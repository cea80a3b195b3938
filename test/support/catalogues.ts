import { existsSync } from 'node:fs';
import path from 'node:path';
import { Database } from '../../src/graph/database';
import { projectRoot } from '../../src/project-root';
import { Catalogue } from '../../seed/catalogue';
import { catalogueSources, loadCatalogue, resetGraph } from '../../seed/graph-loader';
import { demoCatalogue } from '../../seed/sources/demo';
import { movieLensCatalogue } from '../../seed/sources/movielens';

export const sharedDatasets = path.resolve(projectRoot, '..', 'shared', 'datasets');
export const mlLatestSmall = path.join(sharedDatasets, 'ml-latest-small');
export const imdbMetadata = path.join(sharedDatasets, 'imdb-5000', 'movie_metadata.csv');
export const hasSharedDatasets = existsSync(path.join(mlLatestSmall, 'ratings.csv'));

/** `describe`, or a skipped one that says why, for suites that need ../shared/datasets. */
export const describeWithSharedData: jest.Describe = hasSharedDatasets
  ? describe
  : (((name: string, body: () => void) =>
      describe.skip(`${name} (skipped: ${sharedDatasets} is absent)`, body)) as jest.Describe);

/**
 * Makes the test graph hold exactly this catalogue, reloading only when it holds something else.
 * Suites add their own users with fresh ids, so the catalogue itself stays as loaded.
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

export const useDemoCatalogue = (database: Database) =>
  useCatalogue(database, 'demo', () => demoCatalogue());

/** ml-latest-small joined with the IMDb metadata, as `npm run seed -- movielens` loads it. */
export const useMovieLensSmall = (database: Database) =>
  useCatalogue(database, 'ml-latest-small', () =>
    movieLensCatalogue(mlLatestSmall, { metadataFile: imdbMetadata, onIssue: () => {} }),
  );
