import { SignJWT } from 'jose';
import { deleteTestAccounts, signUp, uniqueEmail } from '../support/accounts';
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

const SIGN_UP =
  'mutation($name: String!, $email: String!, $password: String!) { signUp(name: $name, email: $email, password: $password) { token user { id name email } } }';
const SIGN_IN =
  'mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { token user { id } } }';
const ME = '{ me { id name email } }';
const DATASET_USER = 'demo-user-007';

const codeOf = (response: { errors?: { extensions: { code: string } }[] }) =>
  response.errors?.[0].extensions.code;

async function postWithAuthorization(authorization: string) {
  return fetch(`${server.app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization },
    body: JSON.stringify({ query: ME }),
  });
}

describe('signing up and in', () => {
  it('signUp returns a token that makes `me` the new user; anonymous `me` is null', async () => {
    const { userId, token, email } = await signUp(server, 'Ada');
    const me = await server.graphql(ME, {}, token);
    expect(me.data!.me).toEqual({ id: userId, name: 'Ada', email });
    expect((await server.graphql(ME)).data!.me).toBeNull();
  });

  it('signIn accepts the email in any case and with spaces, and its token works', async () => {
    const { userId, email, password } = await signUp(server);
    const signedIn = await server.graphql(SIGN_IN, {
      email: `  ${email.toUpperCase()} `,
      password,
    });
    expect(signedIn.errors).toBeUndefined();
    expect(signedIn.data!.signIn.user.id).toBe(userId);
    const me = await server.graphql(ME, {}, signedIn.data!.signIn.token);
    expect(me.data!.me.id).toBe(userId);
  });

  it('a wrong password and an unknown email get the same UNAUTHENTICATED answer', async () => {
    const { email } = await signUp(server);
    const wrongPassword = await server.graphql(SIGN_IN, { email, password: 'not the password' });
    const unknownEmail = await server.graphql(SIGN_IN, {
      email: uniqueEmail('nobody'),
      password: 'not the password',
    });
    expect(codeOf(wrongPassword)).toBe('UNAUTHENTICATED');
    expect(unknownEmail.errors).toEqual(wrongPassword.errors);
  });

  it('refuses a second account with the same email, whatever its case', async () => {
    const { email } = await signUp(server);
    const again = await server.graphql(SIGN_UP, {
      name: 'Twin',
      email: email.toUpperCase(),
      password: 'another password',
    });
    expect(again.errors![0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', argumentPath: 'email' },
    });
    expect(again.errors![0].message).toContain('already exists');
  });

  it.each([
    ['name', { name: '   ', email: uniqueEmail(), password: 'long enough' }],
    ['email', { name: 'Ada', email: 'not-an-email', password: 'long enough' }],
    ['password', { name: 'Ada', email: uniqueEmail(), password: 'short' }],
    ['password', { name: 'Ada', email: uniqueEmail(), password: 'x'.repeat(257) }],
  ])('rejects a bad %s as BAD_USER_INPUT and creates no account', async (argument, variables) => {
    const response = await server.graphql(SIGN_UP, variables);
    expect(response.errors![0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', argumentPath: argument },
    });
    const signIn = await server.graphql(SIGN_IN, {
      email: variables.email,
      password: variables.password,
    });
    expect(codeOf(signIn)).toBe('UNAUTHENTICATED');
  });
});

describe('tokens', () => {
  it.each([
    ['a forged token', 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl'],
    ['a token that is not a JWT', 'Bearer not-a-token'],
    ['another scheme', 'Basic dXNlcjpwYXNz'],
  ])('refuses %s with 401 UNAUTHENTICATED', async (_label, authorization) => {
    const response = await postWithAuthorization(authorization);
    expect(response.status).toBe(401);
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('refuses an expired token, asking to sign in again', async () => {
    const { userId } = await signUp(server);
    const expired = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(userId)
      .setIssuer('reelgraph')
      .setIssuedAt(Math.floor(Date.now() / 1000) - 7200)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 3600)
      .sign(server.auth.jwtSecret);
    const response = await postWithAuthorization(`Bearer ${expired}`);
    expect(response.status).toBe(401);
    const body = (await response.json()) as { errors: { message: string }[] };
    expect(body.errors[0].message).toContain('expired');
  });
});

describe('who may do what', () => {
  const RECOMMEND = 'query($u: ID) { recommendations(userId: $u, first: 3) { movie { id } } }';

  it('rating needs a signed-in user: anonymous is UNAUTHENTICATED, the admin token FORBIDDEN', async () => {
    const rate = 'mutation { rateMovie(movieId: "heat-1995", rating: 4) { value } }';
    expect(codeOf(await server.graphql(rate))).toBe('UNAUTHENTICATED');
    expect(codeOf(await server.graphql(rate, {}, server.adminToken))).toBe('FORBIDDEN');
    expect(codeOf(await server.graphql('mutation { deleteMe }'))).toBe('UNAUTHENTICATED');
  });

  it("a user reads their own recommendations but not another user's", async () => {
    const { userId, token } = await signUp(server);
    const own = await server.graphql(RECOMMEND, {}, token);
    expect(own.errors).toBeUndefined();
    expect(own.data!.recommendations).toHaveLength(3);
    expect((await server.graphql(RECOMMEND, { u: userId }, token)).errors).toBeUndefined();
    expect(codeOf(await server.graphql(RECOMMEND, { u: DATASET_USER }, token))).toBe('FORBIDDEN');
    expect(codeOf(await server.graphql(RECOMMEND))).toBe('UNAUTHENTICATED');
    const ratingsOfOther = await server.graphql(
      'query($id: ID!) { user(id: $id) { ratings { totalCount } } }',
      { id: DATASET_USER },
      token,
    );
    expect(codeOf(ratingsOfOther)).toBe('FORBIDDEN');
    expect(codeOf(await server.graphql('{ users { totalCount } }', {}, token))).toBe('FORBIDDEN');
    expect(codeOf(await server.graphql('{ users { totalCount } }'))).toBe('UNAUTHENTICATED');
  });

  it('the admin token reads any dataset user, who has no password, but must name them', async () => {
    const admin = server.adminToken;
    const reads = await server.graphql(
      `query($u: ID!, $m: ID!) {
        user(id: $u) { id email ratings(first: 1) { totalCount edges { node { ratedAt } } } }
        recommendations(userId: $u, first: 3) { movie { id } }
        becauseYouLiked(userId: $u, rows: 1, perRow: 2) { anchor { id } }
        predictRating(userId: $u, movieId: $m)
      }`,
      { u: DATASET_USER, m: 'heat-1995' },
      admin,
    );
    expect(reads.errors).toBeUndefined();
    expect(reads.data!.user).toMatchObject({ id: DATASET_USER, email: null });
    expect(reads.data!.user.ratings.totalCount).toBeGreaterThan(0);
    expect(reads.data!.recommendations).toHaveLength(3);
    expect(reads.data!.predictRating).toBeGreaterThanOrEqual(0.5);
    const unnamed = await server.graphql(RECOMMEND, {}, admin);
    expect(unnamed.errors![0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', argumentPath: 'userId' },
    });
    expect((await server.graphql(ME, {}, admin)).data!.me).toBeNull();
  });
});

it('deleteMe removes the user and every rating of theirs, and signing in stops working', async () => {
  const { userId, token, email, password } = await signUp(server);
  for (const movieId of ['heat-1995', 'the-dark-knight-2008']) {
    const rated = await server.graphql(
      'mutation($m: ID!) { rateMovie(movieId: $m, rating: 4) { value } }',
      { m: movieId },
      token,
    );
    expect(rated.errors).toBeUndefined();
  }
  const countRatings = async () => {
    const [row] = await server.database.read<{ count: number }>('checks/user-rating-count', {
      userId,
    });
    return row.count;
  };
  expect(await countRatings()).toBe(2);
  expect((await server.graphql('mutation { deleteMe }', {}, token)).data!.deleteMe).toBe(true);
  expect(await countRatings()).toBe(0);
  expect((await server.graphql(ME, {}, token)).data!.me).toBeNull();
  expect(codeOf(await server.graphql(SIGN_IN, { email, password }))).toBe('UNAUTHENTICATED');
  const lookup = await server.graphql(
    'query($id: ID!) { user(id: $id) { id } }',
    { id: userId },
    server.adminToken,
  );
  expect(codeOf(lookup)).toBe('NOT_FOUND');
});
