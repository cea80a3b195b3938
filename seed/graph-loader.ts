import { Database } from '../src/graph/database';
import { Catalogue, CatalogueMovie, CatalogueRating } from './catalogue';
import { moviesDigest } from './catalogue-digest';
import { catalogueCredits } from './credits';
import { loaderVersion } from './loader-version';
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
/** Ratings are small rows: larger transactions mean fewer commits, which is what they cost. */
const RATINGS_BATCH = 25_000;

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

/** Regroups a stream of chunks (whatever size the reader yields) into batches of `size`. */
async function* rebatch<T>(chunks: AsyncIterable<T[]>, size: number): AsyncGenerator<T[]> {
  let pending: T[] = [];
  for await (const chunk of chunks) {
    pending = pending.concat(chunk);
    while (pending.length >= size) {
      yield pending.slice(0, size);
      pending = pending.slice(size);
    }
  }
  if (pending.length > 0) yield pending;
}

/**
 * One batch of ratings as the lists upsert-ratings takes: one rating per user and movie (the
 * last one wins), sorted by user and movie, as parallel lists with each rater once and the index
 * of the rater's first rating (`firsts` ends with the number of ratings).
 */
function ratingColumns(ratings: readonly CatalogueRating[]) {
  const latest = new Map<string, CatalogueRating>();
  for (const rating of ratings) latest.set(`${rating.userId}\u0000${rating.movieId}`, rating);
  const rows = [...latest.values()].sort(
    (a, b) => compareIds(a.userId, b.userId) || compareIds(a.movieId, b.movieId),
  );
  const raters: string[] = [];
  const firsts: number[] = [];
  rows.forEach((row, index) => {
    if (index === 0 || rows[index - 1].userId !== row.userId) {
      raters.push(row.userId);
      firsts.push(index);
    }
  });
  firsts.push(rows.length);
  return {
    raters,
    firsts,
    movieIds: rows.map((row) => row.movieId),
    ratings: rows.map((row) => row.rating),
    ratedAt: rows.map((row) => row.ratedAt),
  };
}

const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

async function writeRatings(database: Database, ratings: CatalogueRating[], source: string) {
  const columns = ratingColumns(ratings);
  await database.writeTransaction(async (tx) => {
    await tx.run('seed/upsert-rating-users', {
      ids: columns.raters,
      names: columns.raters.map((id) => `${source} user ${id}`),
    });
    await tx.run('seed/upsert-ratings', columns);
  });
}

const movieColumns = (movies: CatalogueMovie[]) => ({
  ids: movies.map((movie) => movie.id),
  titles: movies.map((movie) => movie.title),
  years: movies.map((movie) => movie.year),
  imdbIds: movies.map((movie) => movie.imdbId ?? null),
  tmdbIds: movies.map((movie) => movie.tmdbId ?? null),
  genres: movies.map((movie) => movie.genres),
});

/** The movies that are new or differ from the graph; only they need writing. */
async function changedMovies(database: Database, movies: CatalogueMovie[]) {
  const changed: CatalogueMovie[] = [];
  for (const batch of batches(movies)) {
    const rows = await database.read<{ i: number }>('seed/changed-movies', movieColumns(batch));
    for (const { i } of rows) changed.push(batch[i]);
  }
  return changed;
}

async function writeAll(
  database: Database,
  statement: string,
  key: string,
  rows: readonly unknown[],
) {
  for (const batch of batches(rows)) await database.write(statement, { [key]: batch });
}

/** Writes `rows` in batches as the parallel lists `columns` makes of each batch. */
async function writeColumns<T>(
  database: Database,
  statement: string,
  rows: readonly T[],
  columns: (batch: T[]) => Record<string, unknown[]>,
) {
  for (const batch of batches(rows)) await database.write(statement, columns(batch));
}

/** Directors, actors and keywords: each person and keyword once, then the links. */
async function writeCreditsAndKeywords(database: Database, movies: readonly CatalogueMovie[]) {
  const { people, directed, actedIn } = catalogueCredits(movies);
  await writeColumns(database, 'seed/upsert-people', people, (batch) => ({
    ids: batch.map((person) => person.id),
    names: batch.map((person) => person.name),
    directors: batch.map((person) => person.director),
    actors: batch.map((person) => person.actor),
  }));
  await writeColumns(database, 'seed/link-directors', directed, (batch) => ({
    personIds: batch.map((credit) => credit.personId),
    movieIds: batch.map((credit) => credit.movieId),
  }));
  await writeColumns(database, 'seed/link-actors', actedIn, (batch) => ({
    personIds: batch.map((credit) => credit.personId),
    movieIds: batch.map((credit) => credit.movieId),
    orders: batch.map((credit) => credit.order),
  }));
  const keywordLinks = movies.flatMap((movie) =>
    [...new Set(movie.keywords)].map((name) => ({ movieId: movie.id, name })),
  );
  await writeAll(database, 'seed/upsert-keywords', 'names', [
    ...new Set(keywordLinks.map((link) => link.name)),
  ]);
  await writeColumns(database, 'seed/link-keywords', keywordLinks, (batch) => ({
    movieIds: batch.map((link) => link.movieId),
    names: batch.map((link) => link.name),
  }));
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

  const digest = moviesDigest(movies);
  const [last] = await database.read<{ digest: string | null }>('seed/last-movies-digest');
  // Adding ratings with the catalogue loaded last (the usual incremental load) skips comparing
  // every movie, person and keyword with the graph.
  const moviesLoaded = last?.digest === digest;
  let peopleStartedAt = startedAt;
  if (!moviesLoaded) {
    await database.write('seed/forget-movies-digests');
    const genres = [...new Set(movies.flatMap((movie) => movie.genres))].sort();
    await database.write('seed/upsert-genres', { names: genres });
    await writeColumns(
      database,
      'seed/upsert-movies',
      // Into a graph without movies every movie is new: no need to compare.
      before.movies === 0 ? movies : await changedMovies(database, movies),
      movieColumns,
    );
    peopleStartedAt = Date.now();
    await writeCreditsAndKeywords(database, movies);
  }
  await writeAll(database, 'seed/upsert-availability', 'rows', catalogue.availability ?? []);
  await writeAll(database, 'seed/upsert-users', 'users', catalogue.users);

  const ratingsStartedAt = Date.now();
  const progress = new RowProgress(`${catalogue.source} ratings`, catalogue.expectedRatings);
  let ratingsRead = 0;
  try {
    for await (const batch of rebatch(catalogue.ratings, RATINGS_BATCH)) {
      await writeRatings(database, batch, catalogue.source);
      ratingsRead += batch.length;
      progress.add(batch.length);
    }
  } finally {
    progress.stop();
  }

  await database.write('seed/upsert-catalogue-marker', {
    source: catalogue.source,
    moviesDigest: digest,
  });
  const seconds = (Date.now() - startedAt) / 1000;
  return {
    source: catalogue.source,
    method: 'transactional',
    phases: {
      ...(moviesLoaded
        ? {
            'movies, people and keywords (as loaded last: skipped)':
              (ratingsStartedAt - startedAt) / 1000,
          }
        : {
            movies: (peopleStartedAt - startedAt) / 1000,
            'people and keywords': (ratingsStartedAt - peopleStartedAt) / 1000,
          }),
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
 * Makes a scratch graph (tests, benchmarks) hold exactly this catalogue as this version of the
 * loader writes it, reloading only when it holds something else.
 */
export async function useCatalogue(
  database: Database,
  source: string,
  build: () => Promise<Catalogue> | Catalogue,
): Promise<void> {
  const marker = `${source} (loader ${loaderVersion()})`;
  const sources = await catalogueSources(database);
  if (sources.length === 1 && sources[0] === marker) return;
  await resetGraph(database);
  await loadCatalogue(database, { ...(await build()), source: marker });
}
