import { Database } from '../../src/graph/database';
import { useCatalogue } from '../../seed/graph-loader';
import { movieLensSmallCatalogue } from '../../seed/shared-datasets';
import { availabilityFor } from '../../seed/availability';
import { DEMO_AVAILABILITY, demoCatalogue } from '../../seed/sources/demo';

export { describeWithSharedData } from './shared-data';

/** Suites add their own users with fresh ids, so the catalogue itself stays as loaded. */
export const useDemoCatalogue = (database: Database) =>
  useCatalogue(database, 'demo', () => demoCatalogue());

/** With the sample availability file, whose films ml-latest-small has too (matched by IMDb id). */
export const useMovieLensSmall = (database: Database) =>
  useCatalogue(database, 'ml-latest-small', async () => {
    const catalogue = await movieLensSmallCatalogue();
    const { matched } = await availabilityFor(DEMO_AVAILABILITY, catalogue.movies, () => {});
    return { ...catalogue, availability: matched };
  });
