import { Database } from '../src/graph/database';
import { slug } from '../src/slug';
import { Catalogue, CatalogueMovie, CatalogueRating } from './catalogue';
import { RowProgress } from './progress';

export type GraphCounts = Record<string, number>;

export interface LoadSummary {
  source: string;
  method: 'bulk import' | 'transactional';
  seconds: number;
  ratingsRead: number;
  ratingsPerSecond: number;
  /** Seconds per step, where a load has distinct steps. */
  phases: Record<string, number>;
  before: GraphCounts;
  after: GraphCounts;
}

const BATCH = 10_000;

export async function countGraph(database: Database): Promise<GraphCounts> {
  const [counts] = await database.read<GraphCounts>('system/counts');
  return counts;
}

/** Which catalogues (demo, movielens, …) the graph holds. */
export async function catalogueSources(database: Database): Promise<string[]> {
  const [row] = await database.read<{ sources: string[] }>('system/catalogue-sources');
  return row.sources.sort();
}

/** Empties the database in batches, so a large graph doesn't need one huge transaction. */
export async function resetGraph(database: Database): Promise<void> {
  await database.runAutoCommit('seed/delete-all');
}

function* batches<T>(items: readonly T[], size = BATCH): Generator<T[]> {
  for (let start = 0; start < items.length; start += size) yield items.slice(start, start + size);
}

const personCredits = (movies: CatalogueMovie[], role: 'directors' | 'cast') =>
  movies.flatMap((movie) =>
    movie[role].map((name, order) => ({ movieId: movie.id, personId: slug(name), name, order })),
  );

/** One entry per user, one rating per movie (the last one wins), as upsert-ratings expects. */
function groupByUser(ratings: CatalogueRating[], source: string) {
  const byUser = new Map<string, Map<string, CatalogueRating>>();
  for (const rating of ratings) {
    let movies = byUser.get(rating.userId);
    if (movies === undefined) {
      movies = new Map();
      byUser.set(rating.userId, movies);
    }
    movies.set(rating.movieId, rating);
  }
  return [...byUser].map(([id, movies]) => ({
    id,
    name: `${source} user ${id}`,
    ratings: [...movies.values()],
  }));
}

async function writeAll(
  database: Database,
  statement: string,
  key: string,
  rows: readonly unknown[],
) {
  for (const batch of batches(rows)) await database.write(statement, { [key]: batch });
}

/**
 * Writes a catalogue with MERGE in UNWIND batches, so running it twice changes nothing.
 * Movies, people and keywords come first; ratings stream in last, since they are the bulk.
 */
export async function loadCatalogue(
  database: Database,
  catalogue: Catalogue,
): Promise<LoadSummary> {
  const startedAt = Date.now();
  const before = await countGraph(database);
  const { movies } = catalogue;

  const genres = [...new Set(movies.flatMap((movie) => movie.genres))].sort();
  await database.write('seed/upsert-genres', { names: genres });
  await writeAll(
    database,
    'seed/upsert-movies',
    'movies',
    movies.map(({ id, title, year, genres, imdbId, tmdbId }) => ({
      id,
      title,
      year,
      genres,
      imdbId: imdbId ?? null,
      tmdbId: tmdbId ?? null,
    })),
  );
  await writeAll(database, 'seed/upsert-directors', 'credits', personCredits(movies, 'directors'));
  await writeAll(database, 'seed/upsert-actors', 'credits', personCredits(movies, 'cast'));
  await writeAll(
    database,
    'seed/upsert-keywords',
    'rows',
    movies.flatMap((movie) => movie.keywords.map((keyword) => ({ movieId: movie.id, keyword }))),
  );
  await writeAll(database, 'seed/upsert-availability', 'rows', catalogue.availability ?? []);
  await writeAll(database, 'seed/upsert-users', 'users', catalogue.users);

  const ratingsStartedAt = Date.now();
  const progress = new RowProgress(`${catalogue.source} ratings`, catalogue.expectedRatings);
  let ratingsRead = 0;
  try {
    for await (const ratings of catalogue.ratings) {
      for (const batch of batches(ratings)) {
        await database.write('seed/upsert-ratings', {
          users: groupByUser(batch, catalogue.source),
        });
      }
      ratingsRead += ratings.length;
      progress.add(ratings.length);
    }
  } finally {
    progress.stop();
  }

  await database.write('seed/upsert-catalogue-marker', { source: catalogue.source });
  const seconds = (Date.now() - startedAt) / 1000;
  return {
    source: catalogue.source,
    method: 'transactional',
    phases: {
      catalogue: (ratingsStartedAt - startedAt) / 1000,
      ratings: (Date.now() - ratingsStartedAt) / 1000,
    },
    seconds,
    ratingsRead,
    ratingsPerSecond: Math.round(ratingsRead / seconds),
    before,
    after: await countGraph(database),
  };
}

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
