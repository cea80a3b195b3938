import { Database } from '../../src/graph/database';
import { openDatabase } from '../../src/graph/open-database';
import { RecommendRepository, type UserRatingsRow } from '../../src/graph/recommend-repository';
import { countGraph } from '../../seed/graph-loader';
import { useDemoCatalogue } from '../support/catalogues';

let database: Database;
let repository: RecommendRepository;

beforeAll(async () => {
  database = await openDatabase();
  await useDemoCatalogue(database);
  repository = new RecommendRepository(database);
});

afterAll(() => database.close());

async function readAll(usersPerPage?: number): Promise<{ rows: UserRatingsRow[]; pages: number }> {
  const rows: UserRatingsRow[] = [];
  let pages = 0;
  for await (const page of repository.ratingsByUser(usersPerPage)) {
    rows.push(...page);
    pages++;
  }
  return { rows, pages };
}

const isAscending = (values: readonly string[]) =>
  values.every((value, n) => n === 0 || values[n - 1] < value);

describe("training's read of the ratings", () => {
  it('lists every rating once, by user then movie, however many pages it takes', async () => {
    const whole = await readAll();
    const paged = await readAll(7);
    const { ratings } = await countGraph(database);

    expect(ratings).toBeGreaterThan(1000);
    expect(paged.pages).toBeGreaterThan(10);
    expect(paged.rows).toEqual(whole.rows);
    expect(whole.rows.reduce((sum, row) => sum + row.movieIds.length, 0)).toBe(ratings);
    expect(isAscending(whole.rows.map((row) => row.userId))).toBe(true);
    expect(whole.rows.filter((row) => !isAscending(row.movieIds))).toEqual([]);
    expect(whole.rows.filter((row) => row.ratings.length !== row.movieIds.length)).toEqual([]);
  });
});
