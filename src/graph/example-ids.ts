import { Database } from './database';

/** Ids the playground's examples run with, taken from whichever catalogue is loaded. */
export interface ExampleIds {
  movieId?: string;
  personId?: string;
  userId?: string;
}

/** Empty when the graph holds no rated, directed movie or no dataset user yet. */
export async function readExampleIds(database: Database): Promise<ExampleIds> {
  const [row] = await database.read<ExampleIds>('system/example-ids');
  return row ?? {};
}
