import { deleteTestAccounts, signUp } from '../support/accounts';
import { useDemoCatalogue } from '../support/catalogues';
import { startTestServer, TestServer } from '../support/test-server';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer(useDemoCatalogue);
});

afterAll(async () => {
  await deleteTestAccounts(server);
  await server.stop();
});

const MOVIE = 'memento-2000';
const RATE =
  'mutation($movieId: ID!, $rating: Float!) { rateMovie(movieId: $movieId, rating: $rating) { value } }';

/** The kept totals and the ratings they stand for, from one read of the graph. */
async function totals() {
  const [row] = await server.database.read<{
    ratingCount: number;
    ratingSum: number;
    ratings: number;
    sumOfRatings: number;
  }>('checks/rating-totals', { movieId: MOVIE });
  return row;
}

async function expectTotalsMatchRatings() {
  const row = await totals();
  expect(row.ratings).toBeGreaterThan(0);
  expect(row.ratingCount).toBe(row.ratings);
  expect(row.ratingSum).toBeCloseTo(row.sumOfRatings, 6);
  return row;
}

it("keeps a movie's ratingCount and ratingSum through rating, re-rating, removing and deleting a user", async () => {
  const before = await expectTotalsMatchRatings();
  const { token } = await signUp(server);
  const other = await signUp(server);

  expect((await server.graphql(RATE, { movieId: MOVIE, rating: 4 }, token)).errors).toBeUndefined();
  expect(
    (await server.graphql(RATE, { movieId: MOVIE, rating: 0.5 }, other.token)).errors,
  ).toBeUndefined();
  const rated = await expectTotalsMatchRatings();
  expect(rated.ratingCount).toBeGreaterThanOrEqual(before.ratingCount + 2);

  expect((await server.graphql(RATE, { movieId: MOVIE, rating: 2 }, token)).errors).toBeUndefined();
  await expectTotalsMatchRatings();

  const removed = await server.graphql(`mutation { removeRating(movieId: "${MOVIE}") }`, {}, token);
  expect(removed.data!.removeRating).toBe(true);
  await expectTotalsMatchRatings();

  const deleted = await server.graphql('mutation { deleteMe }', {}, other.token);
  expect(deleted.errors).toBeUndefined();
  await expectTotalsMatchRatings();

  const { data, errors } = await server.graphql(
    `{ movie(id: "${MOVIE}") { ratingStats { count average } } }`,
  );
  expect(errors).toBeUndefined();
  const stored = await totals();
  expect(data!.movie.ratingStats.count).toBe(stored.ratingCount);
  expect(data!.movie.ratingStats.average).toBeCloseTo(stored.ratingSum / stored.ratingCount, 6);
});
