import { Database } from '../../src/graph/database';
import {
  hasSharedDatasets,
  movieLensSmallCatalogue,
  sharedDatasets,
  useCatalogue,
} from '../../seed/shared-datasets';
import { demoCatalogue } from '../../seed/sources/demo';

/** `describe`, or a skipped one that says why, for suites that need ../shared/datasets. */
export const describeWithSharedData: jest.Describe = hasSharedDatasets
  ? describe
  : (((name: string, body: () => void) =>
      describe.skip(`${name} (skipped: ${sharedDatasets} is absent)`, body)) as jest.Describe);

/** Suites add their own users with fresh ids, so the catalogue itself stays as loaded. */
export const useDemoCatalogue = (database: Database) =>
  useCatalogue(database, 'demo', () => demoCatalogue());

export const useMovieLensSmall = (database: Database) =>
  useCatalogue(database, 'ml-latest-small', movieLensSmallCatalogue);
