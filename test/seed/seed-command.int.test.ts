import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Database } from '../../src/graph/database';
import { openDatabase } from '../../src/graph/open-database';
import { CatalogueRepository } from '../../src/graph/catalogue-repository';
import { UserRepository } from '../../src/graph/user-repository';
import { countGraph, resetGraph } from '../../seed/graph-loader';
import { runSeedCommand } from '../../seed/seed-command';
import { expectTotalsMatchRatings } from '../support/rating-totals';

const MOVIES_CSV =
  'movieId,title,genres\n1,Heat (1995),Action|Crime|Thriller\n2,"Birdcage, The (1996)",Comedy\n3,Casino (1995),Crime|Drama\n';

let database: Database;
let folder: string;

beforeAll(async () => {
  database = await openDatabase();
  folder = await mkdtemp(path.join(os.tmpdir(), 'reelgraph-seed-'));
  await writeFile(path.join(folder, 'movies.csv'), MOVIES_CSV);
  await writeFile(
    path.join(folder, 'ratings.csv'),
    [
      'userId,movieId,rating,timestamp',
      '1,1,4.5,964982703',
      '1,2,abc,964981247',
      '1,3,9,964982224',
      '2,1,3.0',
      '2,999999,4.0,964982931',
      '2,3,5.0,964983815',
      '',
    ].join('\n'),
  );
});

afterAll(async () => {
  await database.close();
  await rm(folder, { recursive: true, force: true });
});

async function seed(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runSeedCommand(argv, {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    openDatabase,
  });
  return { code, out: out.join('\n'), err };
}

it('loads the good rows of a file with bad ones, listing each bad row with file, line and reason', async () => {
  const { code, out, err } = await seed('movielens', folder, '--reset');
  expect(code).toBe(0);
  expect(out).toContain('--reset: deleting everything');
  const ratingsFile = path.join(folder, 'ratings.csv');
  expect(err).toEqual(
    expect.arrayContaining([
      expect.stringMatching(new RegExp(`${ratingsFile}:3: .*abc`)),
      expect.stringMatching(new RegExp(`${ratingsFile}:4: .*9`)),
      expect.stringMatching(new RegExp(`${ratingsFile}:5: .*column`)),
      expect.stringMatching(new RegExp(`${ratingsFile}:6: .*unknown movie id 999999`)),
    ]),
  );
  const counts = await countGraph(database);
  expect(counts).toMatchObject({ movies: 3, ratings: 2, users: 2, genres: 5 });
});

it('changes no count when run twice', async () => {
  const before = await countGraph(database);
  expect((await seed('movielens', folder)).code).toBe(0);
  expect(await countGraph(database)).toEqual(before);
});

it('adds new ratings to a loaded graph, rewrites a changed one, and adds nothing when re-run', async () => {
  const more = await mkdtemp(path.join(os.tmpdir(), 'reelgraph-seed-more-'));
  try {
    await writeFile(path.join(more, 'movies.csv'), MOVIES_CSV);
    await writeFile(
      path.join(more, 'ratings.csv'),
      [
        'userId,movieId,rating,timestamp',
        '1,1,2.0,964990000', // changed: user 1 rated Heat 4.5
        '1,3,3.5,964990001', // new rating of a known user
        '3,2,1.0,964990002', // a new user ...
        '3,2,4.0,964990003', // ... whose later rating of the same movie wins
        '',
      ].join('\n'),
    );
    const before = await countGraph(database);
    expect((await seed('movielens', more)).code).toBe(0);
    const after = await countGraph(database);
    expect(after).toMatchObject({ ratings: before.ratings + 2, users: before.users + 1 });

    const pages = await new UserRepository(database).ratingPagesByUsers(['1', '3'], {
      offset: 0,
      limit: 10,
    });
    const valueOf = (userId: string, movieId: string) =>
      pages.get(userId)?.items.find((rating) => rating.movieId === movieId)?.value;
    expect([valueOf('1', '1'), valueOf('1', '3'), valueOf('3', '2')]).toEqual([2, 3.5, 4]);

    expect((await seed('movielens', more)).code).toBe(0);
    expect(await countGraph(database)).toEqual(after);
    for (const movieId of ['1', '2', '3']) await expectTotalsMatchRatings(database, movieId);

    // Right after a load of the same movies, a changed title is still written, and restored.
    const renamed = await mkdtemp(path.join(os.tmpdir(), 'reelgraph-seed-renamed-'));
    try {
      await writeFile(
        path.join(renamed, 'movies.csv'),
        MOVIES_CSV.replace('Heat (1995)', 'Heat Again (1995)'),
      );
      await writeFile(path.join(renamed, 'ratings.csv'), 'userId,movieId,rating,timestamp\n');
      expect((await seed('movielens', renamed)).code).toBe(0);
      expect(await titleOf('1')).toBe('Heat Again');
      expect((await seed('movielens', more)).code).toBe(0);
      expect(await titleOf('1')).toBe('Heat');
    } finally {
      await rm(renamed, { recursive: true, force: true });
    }
  } finally {
    await rm(more, { recursive: true, force: true });
  }
});

async function titleOf(movieId: string) {
  const [movie] = (await new CatalogueRepository(database).moviesByIds([movieId])).values();
  return movie.title;
}

it.each([
  [['movielens', '/no/such/folder'], /no\/such\/folder/],
  [['movielens'], /needs one folder/],
  [['netflix'], /Unknown source "netflix"/],
  [['demo', '--users', 'many'], /--users must be a positive whole number/],
  [['demo', '--reset', '--if-empty'], /contradict each other/],
])('rejects %j with one line, exit code 2, and writes nothing', async (argv, message) => {
  const before = await countGraph(database);
  const { code, err } = await seed(...argv);
  expect(code).toBe(2);
  expect(err.join('\n')).toMatch(message);
  expect(err[0].split('\n')[0].length).toBeGreaterThan(10);
  expect(await countGraph(database)).toEqual(before);
});

it('loads an availability file by IMDb or TMDb id, listing rows it cannot read', async () => {
  await writeFile(
    path.join(folder, 'links.csv'),
    'movieId,imdbId,tmdbId\n1,0113277,949\n2,0115685,11000\n3,0112641,524\n',
  );
  const availability = path.join(folder, 'availability.csv');
  await writeFile(
    availability,
    [
      'imdbId,tmdbId,provider,region',
      'tt0113277,,Streamline,us',
      ',524,Streamline,GB',
      ',11000,Arthouse Club,United States',
      'tt9999999,,Streamline,US',
      'tt0115685,,,US',
      '',
    ].join('\n'),
  );
  const { code, out, err } = await seed('movielens', folder, '--availability', availability);
  expect(code).toBe(0);
  expect(out).toContain(
    `Availability from ${availability}: 2 rows for 2 films; 1 row(s) name films this catalogue lacks.`,
  );
  expect(err).toEqual(
    expect.arrayContaining([
      expect.stringMatching(new RegExp(`${availability}:4: region 'United States'`)),
      expect.stringMatching(new RegExp(`${availability}:6: provider '' is empty`)),
    ]),
  );
  expect(await countGraph(database)).toMatchObject({ providers: 1, availableLinks: 2 });
});

it('rejects an availability file without the columns it needs, writing nothing', async () => {
  const before = await countGraph(database);
  const availability = path.join(folder, 'no-region.csv');
  await writeFile(availability, 'imdbId,provider\ntt0113277,Streamline\n');
  const { code, err } = await seed('movielens', folder, '--availability', availability);
  expect(code).toBe(2);
  expect(err.join('\n')).toMatch(
    /a CSV with a header naming imdbId and\/or tmdbId, provider and region/,
  );
  expect(await countGraph(database)).toEqual(before);
});

it('rejects a missing metadata file before writing anything', async () => {
  const before = await countGraph(database);
  const { code, err } = await seed('movielens', folder, '--metadata', '/no/metadata.csv');
  expect(code).toBe(2);
  expect(err).toEqual([expect.stringContaining('--metadata: no file at /no/metadata.csv')]);
  expect(await countGraph(database)).toEqual(before);
});

it('loads the demo catalogue idempotently, and --if-empty leaves a graph with movies alone', async () => {
  await resetGraph(database);
  expect((await seed('demo', '--if-empty')).code).toBe(0);
  const first = await countGraph(database);
  expect(first.movies).toBeGreaterThanOrEqual(150);
  expect(first.users).toBeGreaterThanOrEqual(300);
  expect((await seed('demo')).code).toBe(0);
  expect(await countGraph(database)).toEqual(first);
  const skipped = await seed('demo', '--users', '400', '--if-empty');
  expect(skipped.out).toContain(`already holds ${first.movies} movies: nothing loaded`);
  expect(await countGraph(database)).toEqual(first);
});
