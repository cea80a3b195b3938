import { demoFilms } from '../../seed/demo/films';
import { deleteTestAccounts, signUp, TestAccount } from '../support/accounts';
import { useDemoCatalogue } from '../support/catalogues';
import { AddedUsers } from '../support/added-users';
import { startTestServer, TestServer } from '../support/test-server';
import { REASON_FIELDS, reasonPathExists, ReasonView } from './reason-paths';

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

interface RecommendationView {
  movie: { id: string; year: number; genres: { name: string }[]; directors: { id: string }[] };
  score: number;
  predictedRating: number;
  reasons: ReasonView[];
}

const RECOMMENDATIONS = `
  query($userId: ID, $first: Int!, $strategy: RecommendationStrategy, $filter: RecommendationFilter) {
    recommendations(userId: $userId, first: $first, strategy: $strategy, filter: $filter) {
      movie { id year genres { name } directors { id } }
      score predictedRating
      reasons { ${REASON_FIELDS} }
    }
  }`;

async function newUser(ratings: Record<string, number>): Promise<TestAccount> {
  const account = await signUp(server, 'Recommendation tester');
  for (const [movieId, rating] of Object.entries(ratings)) {
    const { errors } = await server.graphql(
      'mutation($m: ID!, $r: Float!) { rateMovie(movieId: $m, rating: $r) { value } }',
      { m: movieId, r: rating },
      account.token,
    );
    expect(errors).toBeUndefined();
  }
  return account;
}

/** As the account's own token, or for a dataset user with the admin token. */
async function recommend(
  who: TestAccount | string,
  variables: Record<string, unknown> = {},
): Promise<RecommendationView[]> {
  const asAdmin = typeof who === 'string';
  const { data, errors } = await server.graphql(
    RECOMMENDATIONS,
    { userId: asAdmin ? who : undefined, first: 10, ...variables },
    asAdmin ? server.adminToken : who.token,
  );
  expect(errors).toBeUndefined();
  return data!.recommendations;
}

async function expectHonestReasons(userId: string, items: RecommendationView[], rated: string[]) {
  expect(items.length).toBeGreaterThan(0);
  for (const item of items) {
    expect(rated).not.toContain(item.movie.id);
    expect(item.reasons.length).toBeGreaterThan(0);
    expect(item.predictedRating).toBeGreaterThanOrEqual(0.5);
    expect(item.predictedRating).toBeLessThanOrEqual(5);
    for (const reason of item.reasons) {
      expect(reason.text.length).toBeGreaterThan(10);
      expect(await reasonPathExists(server.database, userId, item.movie.id, reason)).toBe(true);
    }
  }
}

const filmsBy = (director: string) =>
  demoFilms.filter((film) => film.directors.includes(director)).map((film) => film.id);

it("a fan of three of a director's films gets another one, with that director as the reason", async () => {
  const mann = filmsBy('Michael Mann');
  const liked = mann.slice(0, 3);
  const user = await newUser(Object.fromEntries(liked.map((id) => [id, 5])));
  const items = await recommend(user);
  const byMann = items.filter(
    (item) => mann.includes(item.movie.id) && !liked.includes(item.movie.id),
  );
  expect(byMann.length).toBeGreaterThan(0);
  const named = byMann[0].reasons.find(
    (reason) => reason.__typename === 'SharedPerson' && reason.person!.id === 'michael-mann',
  );
  expect(named).toMatchObject({
    role: 'DIRECTOR',
    text: expect.stringContaining('also directed by Michael Mann'),
  });
  expect(liked).toContain(named!.anchor!.id);
  await expectHonestReasons(user.userId, items, liked);
});

it('someone who rates only horror gets mostly horror', async () => {
  const horror = demoFilms
    .filter((film) => film.genres.includes('Horror'))
    .slice(0, 6)
    .map((film) => film.id);
  const user = await newUser(
    Object.fromEntries(horror.map((id, n) => [id, n % 2 === 0 ? 5 : 4.5])),
  );
  const items = await recommend(user);
  const horrorCount = items.filter((item) =>
    item.movie.genres.some((genre) => genre.name === 'Horror'),
  ).length;
  // Mostly: a majority of the ten. The item–item terms carry this user, not a genre boost.
  expect(items).toHaveLength(10);
  expect(horrorCount).toBeGreaterThanOrEqual(6);
  await expectHonestReasons(user.userId, items, horror);
});

it.each(['HYBRID', 'COLLABORATIVE', 'CONTENT', 'GRAPH'])(
  '%s: every item has reasons whose paths exist, never a rated movie',
  async (strategy) => {
    const userId = 'demo-user-007';
    const items = await recommend(userId, { strategy, first: 15 });
    expect(items.length).toBe(15);
    const { data } = await server.graphql(
      'query($id: ID!) { user(id: $id) { ratings(first: 100) { edges { node { movie { id } } } } } }',
      { id: userId },
      server.adminToken,
    );
    const rated = data!.user.ratings.edges.map(
      (edge: { node: { movie: { id: string } } }) => edge.node.movie.id,
    );
    await expectHonestReasons(userId, items, rated);
  },
);

it('a user with no ratings gets popular movies across genres', async () => {
  const user = await newUser({});
  const items = await recommend(user, { first: 10 });
  expect(items).toHaveLength(10);
  const firstGenres = new Set(items.map((item) => item.movie.genres[0]?.name));
  expect(firstGenres.size).toBeGreaterThanOrEqual(4);
  for (const item of items)
    expect(item.reasons.map((reason) => reason.__typename)).toContain('Popular');
  await expectHonestReasons(user.userId, items, []);
});

it('a new rating changes the next recommendations at once, and the rated movie leaves them', async () => {
  const user = await newUser({ [filmsBy('Christopher Nolan')[0]]: 5 });
  const before = await recommend(user);
  const top = before[0].movie.id;
  const rated = await server.graphql(
    'mutation($m: ID!) { rateMovie(movieId: $m, rating: 1) { value } }',
    { m: top },
    user.token,
  );
  expect(rated.errors).toBeUndefined();
  const after = await recommend(user);
  expect(after.map((item) => item.movie.id)).not.toContain(top);
  expect(after.map((item) => item.movie.id)).not.toEqual(before.map((item) => item.movie.id));
});

it('honours genre and year filters', async () => {
  const items = await recommend('demo-user-003', {
    filter: { genres: ['Comedy'], yearFrom: 1990, yearTo: 2010 },
  });
  expect(items.length).toBeGreaterThan(0);
  for (const item of items) {
    expect(item.movie.genres.map((genre) => genre.name)).toContain('Comedy');
    expect(item.movie.year).toBeGreaterThanOrEqual(1990);
    expect(item.movie.year).toBeLessThanOrEqual(2010);
  }
});

it.each([
  [{ userId: 'no-such-user' }, 'NOT_FOUND'],
  [{ userId: 'demo-user-001', first: 0 }, 'BAD_USER_INPUT'],
  [{ userId: 'demo-user-001', filter: { genres: ['Telenovela'] } }, 'BAD_USER_INPUT'],
])('rejects %j with %s', async (variables, code) => {
  const { errors } = await server.graphql(
    RECOMMENDATIONS,
    { first: 10, ...variables },
    server.adminToken,
  );
  expect(errors![0].extensions.code).toBe(code);
});

describe('becauseYouLiked', () => {
  it('gives one row per liked anchor, each item tied to its anchor, no movie twice', async () => {
    const { data, errors } = await server.graphql(
      `query { becauseYouLiked(userId: "demo-user-002", rows: 4, perRow: 6) { anchor { id } items { movie { id } reasons { ${REASON_FIELDS} } } } }`,
      {},
      server.adminToken,
    );
    expect(errors).toBeUndefined();
    const rows = data!.becauseYouLiked as {
      anchor: { id: string };
      items: { movie: { id: string }; reasons: ReasonView[] }[];
    }[];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThanOrEqual(4);
    const ids = rows.flatMap((row) => row.items.map((item) => item.movie.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const row of rows) {
      expect(row.items.length).toBeLessThanOrEqual(6);
      expect(row.items.length).toBeGreaterThan(0);
      for (const item of row.items) {
        // The row's liked film is one of the item's own reasons.
        expect(item.reasons.map((reason) => reason.anchor?.id)).toContain(row.anchor.id);
        for (const reason of item.reasons)
          expect(
            await reasonPathExists(server.database, 'demo-user-002', item.movie.id, reason),
          ).toBe(true);
      }
    }
  });
});

describe('similarMovies and predictRating', () => {
  it('finds films like Heat, saying what they share', async () => {
    const { data, errors } = await server.graphql(
      `{ similarMovies(movieId: "heat-1995", first: 5) { movie { id } reasons { ${REASON_FIELDS} } } }`,
    );
    expect(errors).toBeUndefined();
    const items = data!.similarMovies as { movie: { id: string }; reasons: ReasonView[] }[];
    expect(items).toHaveLength(5);
    expect(items.map((item) => item.movie.id)).not.toContain('heat-1995');
    for (const item of items) {
      expect(item.reasons.length).toBeGreaterThan(0);
      expect(item.reasons[0].text).toMatch(
        /^(Like Heat \(1995\)|Often liked by the same people as Heat \(1995\)|\d+ (person|people) who liked Heat \(1995\))/,
      );
    }
  });

  it('predicts a rating on the 0.5–5 scale, NOT_FOUND for unknown ids', async () => {
    const { data } = await server.graphql(
      '{ predictRating(userId: "demo-user-001", movieId: "heat-1995") }',
      {},
      server.adminToken,
    );
    expect(data!.predictRating).toBeGreaterThanOrEqual(0.5);
    expect(data!.predictRating).toBeLessThanOrEqual(5);
    const unknown = await server.graphql(
      '{ predictRating(userId: "demo-user-001", movieId: "nope") }',
      {},
      server.adminToken,
    );
    expect(unknown.errors![0].extensions.code).toBe('NOT_FOUND');
  });
});
