import { existsSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../src/project-root';
import { movieLensCatalogue } from './sources/movielens';

/** The real datasets beside the project (`../shared/datasets`), read in place, never copied. */
export const sharedDatasets = path.resolve(projectRoot, '..', 'shared', 'datasets');
export const mlLatestSmall = path.join(sharedDatasets, 'ml-latest-small');
export const imdbMetadata = path.join(sharedDatasets, 'imdb-5000', 'movie_metadata.csv');
export const hasSharedDatasets = existsSync(path.join(mlLatestSmall, 'ratings.csv'));

/** ml-latest-small joined with the IMDb metadata, as `npm run seed -- movielens` loads it. */
export const movieLensSmallCatalogue = () =>
  movieLensCatalogue(mlLatestSmall, { metadataFile: imdbMetadata, onIssue: () => {} });
