import { neo4jConnection } from '../../src/config';
import { Database } from '../../src/graph/database';
import { openDatabase } from '../../src/graph/open-database';
import { countGraph, GraphCounts } from '../../seed/graph-loader';
import { runSeedCommand } from '../../seed/seed-command';
import { imdbMetadata, mlLatestSmall } from '../../seed/shared-datasets';
import { DEMO_AVAILABILITY } from '../../seed/sources/demo';
import { describeWithSharedData } from '../support/catalogues';

const describeBulk = neo4jConnection().local
  ? describeWithSharedData
  : (((name: string, body: () => void) =>
      describe.skip(
        `${name} (skipped: NEO4J_TEST_URI is set; bulk import needs the project's own Neo4j)`,
        body,
      )) as jest.Describe);

describeBulk('npm run seed on an empty graph: bulk import and Cypher load the same graph', () => {
  let database: Database;

  beforeAll(async () => {
    database = await openDatabase();
  });

  afterAll(() => database.close());

  async function seedWith(loader: 'bulk' | 'transactional') {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runSeedCommand(
      [
        'movielens',
        mlLatestSmall,
        '--metadata',
        imdbMetadata,
        '--availability',
        DEMO_AVAILABILITY,
        '--reset',
        '--loader',
        loader,
      ],
      { out: (line) => out.push(line), err: (line) => err.push(line), openDatabase },
    );
    expect(err.filter((line) => !/malformed|^\s/.test(line))).toEqual([]);
    expect(code).toBe(0);
    const rows = await database.read<{
      personLabels: string[];
      titleMatches: number;
      movie: { ratingCount: number };
      ratingsOfMovie: number;
    }>('checks/loaded-sample', {
      userId: '1',
      ratedMovieId: '1',
      personId: 'christopher-nolan',
      movieId: '2571',
      titleSearch: 'matrix*',
    });
    const sample = rows.map((row) => ({ ...row, personLabels: [...row.personLabels].sort() }));
    return { out: out.join('\n'), counts: await countGraph(database), sample };
  }

  it('gives the same counts, properties, labels and indexes on ml-latest-small', async () => {
    const transactional = await seedWith('transactional');
    const bulk = await seedWith('bulk');

    expect(transactional.out).toMatch(/by transactional: 100836 ratings .* ratings\/s/);
    expect(transactional.out).toMatch(/Availability from .*: \d+ rows for \d+ films/);
    expect(bulk.out).toMatch(/by bulk import: 100836 ratings .* ratings\/s; write CSV/);
    expect(bulk.counts).toMatchObject<Partial<GraphCounts>>({
      users: 610,
      movies: 9742,
      ratings: 100836,
      providers: 5,
    });
    expect(bulk.counts.availableLinks).toBeGreaterThan(100);
    expect(bulk.counts).toEqual(transactional.counts);
    expect(bulk.sample).toHaveLength(1);
    expect(bulk.sample[0]).toMatchObject({ rating: 4, personLabels: ['Director', 'Person'] });
    expect(bulk.sample[0].titleMatches).toBeGreaterThan(0);
    // The Matrix's kept ratingCount is its number of ratings, whichever loader wrote it.
    expect(bulk.sample[0].ratingsOfMovie).toBeGreaterThan(100);
    expect(bulk.sample[0].movie.ratingCount).toBe(bulk.sample[0].ratingsOfMovie);
    expect(bulk.sample).toEqual(transactional.sample);
    // Two loads of ml-latest-small, one with a Neo4j restart, on a shared 2-core machine.
  }, 600_000);

  it('refuses --loader bulk on a graph with data, writing nothing', async () => {
    const before = await countGraph(database);
    const err: string[] = [];
    const code = await runSeedCommand(['movielens', mlLatestSmall, '--loader', 'bulk'], {
      out: () => {},
      err: (line) => err.push(line),
      openDatabase,
    });
    expect(code).toBe(2);
    expect(err).toEqual([expect.stringContaining('--loader bulk needs an empty graph')]);
    expect(await countGraph(database)).toEqual(before);
  });
});
