import { deleteTestAccounts, signUp } from '../support/accounts';
import { useDemoCatalogue } from '../support/catalogues';
import { AddedUsers } from '../support/added-users';
import { startTestServer, TestServer } from '../support/test-server';

let server: TestServer;
let addedUsers: AddedUsers;

beforeAll(async () => {
  server = await startTestServer(useDemoCatalogue);
  addedUsers = await AddedUsers.since(server.database);
});

afterAll(async () => {
  await deleteTestAccounts(server);
  await addedUsers.remove(server.database);
  await server.stop();
});

const RATE =
  'mutation($movieId: ID!, $rating: Float!) { rateMovie(movieId: $movieId, rating: $rating) { value ratedAt movie { id } user { id } } }';
const USER_RATINGS =
  'query($id: ID!) { user(id: $id) { ratingCount ratings(first: 10) { edges { node { value ratedAt movie { id } } } } } }';

async function ratingsOf(userId: string, token: string) {
  const { data, errors } = await server.graphql(USER_RATINGS, { id: userId }, token);
  expect(errors).toBeUndefined();
  return data!.user as {
    ratingCount: number;
    ratings: { edges: { node: { value: number; ratedAt: string; movie: { id: string } } }[] };
  };
}

it('a signed-in user rates a movie, re-rates it (value and time replaced) and removes the rating', async () => {
  const { userId, token } = await signUp(server);
  const first = await server.graphql(RATE, { movieId: 'heat-1995', rating: 4 }, token);
  expect(first.errors).toBeUndefined();
  expect(first.data!.rateMovie).toMatchObject({
    value: 4,
    movie: { id: 'heat-1995' },
    user: { id: userId },
  });

  await new Promise((resolve) => setTimeout(resolve, 5));
  const second = await server.graphql(RATE, { movieId: 'heat-1995', rating: 2.5 }, token);
  const after = await ratingsOf(userId, token);
  expect(after.ratingCount).toBe(1);
  expect(after.ratings.edges[0].node).toMatchObject({ value: 2.5, movie: { id: 'heat-1995' } });
  expect(Date.parse(second.data!.rateMovie.ratedAt)).toBeGreaterThan(
    Date.parse(first.data!.rateMovie.ratedAt),
  );

  const removal = 'mutation { removeRating(movieId: "heat-1995") }';
  expect((await server.graphql(removal, {}, token)).data!.removeRating).toBe(true);
  expect((await server.graphql(removal, {}, token)).data!.removeRating).toBe(false);
  expect((await ratingsOf(userId, token)).ratingCount).toBe(0);
});

it.each([7, 0, 3.3, -1])(
  'rejects rating %p as BAD_USER_INPUT and writes nothing',
  async (rating) => {
    const { userId, token } = await signUp(server);
    const { errors } = await server.graphql(RATE, { movieId: 'heat-1995', rating }, token);
    expect(errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(errors![0].message).toContain('rating: must be from 0.5 to 5 in steps of 0.5');
    expect((await ratingsOf(userId, token)).ratingCount).toBe(0);
  },
);

it('answers NOT_FOUND for an unknown movie or user and writes nothing', async () => {
  const { userId, token } = await signUp(server);
  const unknownMovie = await server.graphql(RATE, { movieId: 'no-such-film', rating: 4 }, token);
  expect(unknownMovie.errors![0]).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
  expect((await ratingsOf(userId, token)).ratingCount).toBe(0);
  const unknownUser = await server.graphql(
    '{ user(id: "no-such-user") { id } }',
    {},
    server.adminToken,
  );
  expect(unknownUser.errors![0].extensions.code).toBe('NOT_FOUND');
});

it('pages through users with the admin token', async () => {
  const first = await server.graphql(
    '{ users(first: 7) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }',
    {},
    server.adminToken,
  );
  const { totalCount, edges, pageInfo } = first.data!.users;
  expect(totalCount).toBeGreaterThanOrEqual(300);
  expect(edges).toHaveLength(7);
  const next = await server.graphql(
    'query($after: String) { users(first: 7, after: $after) { edges { node { id } } pageInfo { hasPreviousPage } } }',
    { after: pageInfo.endCursor },
    server.adminToken,
  );
  expect(next.data!.users.pageInfo.hasPreviousPage).toBe(true);
  const ids = [...edges, ...next.data!.users.edges].map(
    (edge: { node: { id: string } }) => edge.node.id,
  );
  expect(new Set(ids).size).toBe(14);
});

it('keeps ratings across a server restart', async () => {
  const { userId, token } = await signUp(server);
  await server.graphql(RATE, { movieId: 'heat-1995', rating: 5 }, token);
  await server.stop();
  server = await startTestServer();
  expect((await ratingsOf(userId, token)).ratings.edges[0].node.value).toBe(5);
});

it('a burst of concurrent ratings by one user all succeed and are all stored', async () => {
  const { userId, token } = await signUp(server);
  const { data } = await server.graphql('{ movies(first: 80) { edges { node { id } } } }');
  const movieIds = data!.movies.edges.map((edge: { node: { id: string } }) => edge.node.id);
  expect(movieIds).toHaveLength(80);
  const answers = await Promise.all(
    movieIds.map((movieId: string) => server.graphql(RATE, { movieId, rating: 3 }, token)),
  );
  expect(answers.filter((answer) => answer.errors !== undefined)).toEqual([]);
  expect((await ratingsOf(userId, token)).ratingCount).toBe(80);
});
