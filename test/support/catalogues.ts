import { Database } from '../../src/graph/database';
import { useCatalogue } from '../../seed/graph-loader';
import { movieLensSmallCatalogue } from '../../seed/shared-datasets';
import { demoCatalogue } from '../../seed/sources/demo';

export { describeWithSharedData } from './shared-data';

/** Suites add their own users with fresh ids, so the catalogue itself stays as loaded. */
export const useDemoCatalogue = (database: Database) =>
  useCatalogue(database, 'demo', () => demoCatalogue());

export const useMovieLensSmall = (database: Database) =>
  useCatalogue(database, 'ml-latest-small', movieLensSmallCatalogue);
