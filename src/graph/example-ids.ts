import { Database } from './database';

/** Ids the playground's examples run with, taken from whichever catalogue is loaded. */
export interface ExampleIds {
  movieId?: string;
  personId?: string;
  userId?: string;
  /** A service and region with films on it; absent without availability data. */
  provider?: string;
  region?: string;
}

/** Empty when the graph holds no rated, directed movie or no dataset user yet. */
export async function readExampleIds(database: Database): Promise<ExampleIds> {
  const [row] = await database.read<Record<keyof ExampleIds, string | null>>('system/example-ids');
  return Object.fromEntries(Object.entries(row ?? {}).filter(([, id]) => id !== null));
}
