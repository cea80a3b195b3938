import { DEFAULT_RATE_LIMITS } from '../../src/server/rate-limit-settings';
import { signUp } from '../support/accounts';
import { useDemoCatalogue } from '../support/catalogues';
import { AddedUsers } from '../support/added-users';
import { startTestServer, TestServer } from '../support/test-server';

const ME = '{ me { id } }';
const SIGN_IN =
  'mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { token } }';

interface LimitedBody {
  errors: { message: string; extensions: { code: string; retryAfterSeconds: number } }[];
}

async function expectRateLimited(response: Response, what: string): Promise<void> {
  expect(response.status).toBe(429);
  const retryAfter = Number(response.headers.get('retry-after'));
  expect(retryAfter).toBeGreaterThan(0);
  const body = (await response.json()) as LimitedBody;
  expect(body.errors[0].extensions).toEqual({
    code: 'RATE_LIMITED',
    retryAfterSeconds: retryAfter,
  });
  expect(body.errors[0].message).toContain(what);
}

describe('per user and per sign-in attempt', () => {
  let server: TestServer;
  let addedUsers: AddedUsers;

  beforeAll(async () => {
    server = await startTestServer(useDemoCatalogue, {
      ...DEFAULT_RATE_LIMITS,
      perIp: 1000,
      perUser: 5,
      credentialAttemptsPerIp: 4,
    });
    addedUsers = await AddedUsers.since(server.database);
  });

  afterAll(async () => {
    await addedUsers.remove(server.database);
    await server.stop();
  });

  it("one user's token is limited without slowing another user or anonymous readers, and sign-in attempts have their own limit", async () => {
    const first = await signUp(server);
    const second = await signUp(server);
    for (let n = 0; n < 5; n++)
      expect((await server.request(ME, {}, first.token)).status).toBe(200);
    await expectRateLimited(await server.request(ME, {}, first.token), 'for this user');
    expect((await server.graphql(ME, {}, second.token)).data!.me.id).toBe(second.userId);
    expect((await server.request('{ genres { name } }')).status).toBe(200);

    // Two sign-ups above plus two wrong guesses use up the four attempts.
    for (let n = 0; n < 2; n++) {
      const guess = await server.graphql(SIGN_IN, { email: first.email, password: `guess ${n}` });
      expect(guess.errors![0].extensions.code).toBe('UNAUTHENTICATED');
    }
    const right = await server.request(SIGN_IN, { email: first.email, password: first.password });
    await expectRateLimited(right, 'to sign in or up');
    expect((await server.request('{ genres { name } }')).status).toBe(200);
  });
});

describe('per address', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer(useDemoCatalogue, { ...DEFAULT_RATE_LIMITS, perIp: 3 });
  });

  afterAll(() => server.stop());

  it('refuses the address once it used its requests, before reading the token', async () => {
    for (let n = 0; n < 3; n++)
      expect((await server.request('{ genres { name } }')).status).toBe(200);
    await expectRateLimited(await server.request('{ genres { name } }'), 'from this address');
    const forged = await server.request(ME, {}, 'forged');
    await expectRateLimited(forged, 'from this address');
  });
});
