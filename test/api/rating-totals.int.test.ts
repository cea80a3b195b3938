import { deleteTestAccounts, rateMovies, signUp } from '../support/accounts';
import { useDemoCatalogue } from '../support/catalogues';
import { expectTotalsMatchRatings, ratingTotals } from '../support/rating-totals';
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

it("keeps a movie's ratingCount and ratingSum through rating, re-rating, removing and deleting a user", async () => {
  const totalsMatch = () => expectTotalsMatchRatings(server.database, MOVIE);
  const before = await totalsMatch();
  const account = await signUp(server);
  const other = await signUp(server);

  await rateMovies(server, account, [MOVIE], 4);
  await rateMovies(server, other, [MOVIE], 0.5);
  const rated = await totalsMatch();
  expect(rated.ratingCount).toBeGreaterThanOrEqual(before.ratingCount + 2);

  await rateMovies(server, account, [MOVIE], 2);
  await totalsMatch();

  const removed = await server.graphql(
    `mutation { removeRating(movieId: "${MOVIE}") }`,
    {},
    account.token,
  );
  expect(removed.data!.removeRating).toBe(true);
  await totalsMatch();

  const deleted = await server.graphql('mutation { deleteMe }', {}, other.token);
  expect(deleted.errors).toBeUndefined();
  await totalsMatch();

  const { data, errors } = await server.graphql(
    `{ movie(id: "${MOVIE}") { ratingStats { count average } } }`,
  );
  expect(errors).toBeUndefined();
  const stored = await ratingTotals(server.database, MOVIE);
  expect(data!.movie.ratingStats.count).toBe(stored.ratingCount);
  expect(data!.movie.ratingStats.average).toBeCloseTo(stored.ratingSum / stored.ratingCount, 6);
});
