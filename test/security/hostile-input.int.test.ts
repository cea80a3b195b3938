import { createHash, randomBytes } from 'node:crypto';
import { SignJWT } from 'jose';
import { deleteTestAccounts, signUp, TestAccount } from '../support/accounts';
import { AddedUsers } from '../support/added-users';
import { useDemoCatalogue } from '../support/catalogues';
import { GraphFingerprint, graphFingerprint } from '../support/graph-fingerprint';
import { startTestServer, TestServer } from '../support/test-server';

/**
 * What an outside client can send, through HTTP against the real server and Neo4j: every case
 * gets its own coded error (or, for syntax that must stay inert, an ordinary answer), the
 * server keeps answering /healthz, and the graph is exactly as before.
 */

let server: TestServer;
let addedUsers: AddedUsers;
let alice: TestAccount;
let bob: TestAccount;
let before: GraphFingerprint;
const timings: { name: string; ms: number; status: number; code: string }[] = [];

beforeAll(async () => {
  server = await startTestServer(useDemoCatalogue);
  addedUsers = await AddedUsers.since(server.database);
  alice = await signUp(server, 'Alice');
  bob = await signUp(server, 'Bob');
  const rated = await server.graphql(
    'mutation { rateMovie(movieId: "heat-1995", rating: 4.5) { value } }',
    {},
    alice.token,
  );
  expect(rated.errors).toBeUndefined();
  before = await graphFingerprint(server.database);
});

afterAll(async () => {
  console.log(
    `hostile-input cases (server time as seen by the client):\n${timings
      .map(
        ({ name, ms, status, code }) =>
          `  ${ms.toFixed(0).padStart(5)} ms  ${status}  ${code.padEnd(26)} ${name}`,
      )
      .join('\n')}`,
  );
  await deleteTestAccounts(server);
  await addedUsers.remove(server.database);
  await server.stop();
});

const JSON_TYPE = { 'content-type': 'application/json' };
const big = (bytes: number, character = 'a') => character.repeat(bytes);
const MOVIE_BY_ID = 'query($id: ID!) { movie(id: $id) { id title } }';
const MOVIES =
  'query($first: Int!, $after: String, $filter: MovieFilter, $orderBy: MovieOrder) { movies(first: $first, after: $after, filter: $filter, orderBy: $orderBy) { totalCount edges { node { id } } } }';
const RATE =
  'mutation($movieId: ID!, $rating: Float!) { rateMovie(movieId: $movieId, rating: $rating) { value } }';
const SIGN_UP =
  'mutation($name: String!, $email: String!, $password: String!) { signUp(name: $name, email: $email, password: $password) { token } }';
const CYPHER_INJECTION = '"}) MATCH (n) DETACH DELETE n //';

const post = (body: string | Uint8Array, headers: Record<string, string> = JSON_TYPE) =>
  fetch(`${server.app.url}/graphql`, { method: 'POST', headers, body });

const gql = (query: string, variables?: Record<string, unknown>, token?: string) =>
  server.request(query, variables, token);

const withBearer = (token: string, query = '{ me { id } }') =>
  post(JSON.stringify({ query }), { ...JSON_TYPE, authorization: `Bearer ${token}` });

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

const signedToken = (secret: Uint8Array, userId: string, expiresAt: number) =>
  new SignJWT({})
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(userId)
    .setIssuer('reelgraph')
    .setIssuedAt(expiresAt - 3600)
    .setExpirationTime(expiresAt)
    .sign(secret);

const nestedCastQuery = (levels: number) => {
  let selection = 'id';
  for (let level = 0; level < levels; level++)
    selection = `id ${level % 2 === 0 ? 'actedIn' : 'cast'} { ${selection} }`;
  return `{ movie(id: "catch-me-if-you-can-2002") { id cast { ${selection} } } }`;
};

const aliased = (count: number, field: string) =>
  `{ ${Array.from({ length: count }, (_, n) => `a${n}: ${field}`).join(' ')} }`;

/** A refusal with this code (and HTTP status, when given), or an ordinary answer. */
type Outcome = { code: string; status?: number; message?: RegExp } | 'answers normally';

type HostileCase = [name: string, send: () => Promise<Response>, outcome: Outcome];

const cases: HostileCase[] = [
  // Shape and cost: refused at validation, before any resolver or Neo4j.
  [
    'the 11-level movie → cast → actedIn query',
    () => gql(nestedCastQuery(9)),
    { code: 'QUERY_TOO_COMPLEX', status: 400 },
  ],
  [
    '50 levels of nesting',
    () => gql(nestedCastQuery(48)),
    { code: 'QUERY_TOO_COMPLEX', status: 400 },
  ],
  [
    '16 aliased fields',
    () => gql(aliased(16, 'genres { name }')),
    { code: 'QUERY_TOO_COMPLEX', status: 400 },
  ],
  [
    '500 aliased recommendations',
    () => gql(aliased(500, 'recommendations(first: 10) { score }'), {}, alice.token),
    { code: 'QUERY_TOO_COMPLEX', status: 400 },
  ],
  [
    'genres → movies → genres → movies (the pool exhauster)',
    () =>
      gql(
        '{ genres { movies(first: 20) { edges { node { genres { movies(first: 20) { edges { node { title } } } } } } } } }',
      ),
    { code: 'QUERY_TOO_COMPLEX', status: 400, message: /would cost \d+/ },
  ],
  [
    'movies × cast × actedIn at 100 each',
    () =>
      gql(
        '{ movies(first: 100) { edges { node { cast(first: 100) { actedIn(first: 100) { title } } } } } }',
      ),
    { code: 'QUERY_TOO_COMPLEX', status: 400 },
  ],
  [
    '4,000 tokens of __typename',
    () => gql(`{ ${'__typename '.repeat(4_000)}}`),
    { code: 'QUERY_TOO_COMPLEX', status: 400, message: /more than 2000 tokens/ },
  ],
  [
    '21 directives on one field',
    () => gql(`{ genres${' @include(if: true)'.repeat(21)} { name } }`),
    { code: 'QUERY_TOO_COMPLEX', status: 400 },
  ],
  [
    'a fragment that spreads itself',
    () => gql('query { genres { ...A } } fragment A on Genre { name ...A }'),
    { code: 'GRAPHQL_VALIDATION_FAILED', status: 400 },
  ],
  [
    'a batch of two operations',
    () =>
      post(JSON.stringify([{ query: '{ genres { name } }' }, { query: '{ genres { name } }' }])),
    { code: 'BAD_REQUEST', status: 400 },
  ],
  [
    'a batch of 1,000 operations',
    () => post(JSON.stringify(Array.from({ length: 1_000 }, () => ({ query: '{ me { id } }' })))),
    { code: 'BAD_REQUEST', status: 400 },
  ],
  [
    'a 10 MB query',
    () => post(JSON.stringify({ query: `{ ${big(10_000_000, ' ')} genres { name } }` })),
    { code: 'BAD_REQUEST', status: 413 },
  ],
  [
    'a 10 MB search variable',
    () => gql(MOVIES, { first: 5, filter: { search: big(10_000_000) } }),
    { code: 'BAD_REQUEST', status: 413 },
  ],
  ['a syntax error', () => gql('{ genres { name '), { code: 'GRAPHQL_PARSE_FAILED', status: 400 }],
  [
    'an unknown field',
    () => gql('{ genres { nam } }'),
    { code: 'GRAPHQL_VALIDATION_FAILED', status: 400 },
  ],
  [
    'Int overflow in a literal',
    () => gql('{ movies(first: 99999999999) { totalCount } }'),
    { code: 'GRAPHQL_VALIDATION_FAILED', status: 400 },
  ],
  [
    'an unknown operationName',
    () => post(JSON.stringify({ query: 'query A { genres { name } }', operationName: 'B' })),
    { code: 'OPERATION_RESOLUTION_FAILURE', status: 400 },
  ],
  [
    'two operations and no operationName',
    () => gql('query A { genres { name } } query B { genres { name } }'),
    { code: 'OPERATION_RESOLUTION_FAILURE', status: 400 },
  ],
  [
    'a persisted-query hash that does not match',
    () =>
      post(
        JSON.stringify({
          query: '{ genres { name } }',
          extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } },
        }),
      ),
    { code: 'BAD_REQUEST', status: 400, message: /sha256Hash/ },
  ],
  [
    'an unknown persisted-query hash',
    () =>
      post(
        JSON.stringify({
          extensions: {
            persistedQuery: {
              version: 1,
              sha256Hash: createHash('sha256').update('x').digest('hex'),
            },
          },
        }),
      ),
    { code: 'PERSISTED_QUERY_NOT_FOUND' },
  ],

  // Broken HTTP.
  ['broken JSON', () => post('{ "query": '), { code: 'BAD_REQUEST', status: 400 }],
  ['a JSON null body', () => post('null'), { code: 'BAD_REQUEST', status: 400 }],
  ['an empty body', () => post(''), { code: 'BAD_REQUEST', status: 400 }],
  ['a query that is a number', () => post('{"query": 42}'), { code: 'BAD_REQUEST', status: 400 }],
  [
    'variables as a string',
    () => post('{"query": "{ genres { name } }", "variables": "x"}'),
    { code: 'BAD_REQUEST', status: 400 },
  ],
  [
    'text/plain (a CSRF attempt)',
    () => post('{"query":"{ genres { name } }"}', { 'content-type': 'text/plain' }),
    { code: 'BAD_REQUEST', status: 400 },
  ],
  [
    'a form post',
    () =>
      post('query=%7Bgenres%7Bname%7D%7D', { 'content-type': 'application/x-www-form-urlencoded' }),
    { code: 'BAD_REQUEST', status: 400 },
  ],
  [
    'UTF-16 declared, UTF-8 sent',
    () =>
      post('{"query":"{ genres { name } }"}', {
        'content-type': 'application/json; charset=utf-16',
      }),
    { code: 'BAD_REQUEST', status: 400 },
  ],
  [
    'a mutation over GET',
    () =>
      fetch(`${server.app.url}/graphql?query=${encodeURIComponent('mutation { deleteMe }')}`, {
        headers: { 'apollo-require-preflight': '1' },
      }),
    { code: 'BAD_REQUEST', status: 405 },
  ],
  [
    'PUT',
    () =>
      fetch(`${server.app.url}/graphql`, {
        method: 'PUT',
        headers: JSON_TYPE,
        body: '{"query":"{ genres { name } }"}',
      }),
    { code: 'BAD_REQUEST', status: 405 },
  ],

  // Bad values at every argument.
  [
    'movies(first: 0)',
    () => gql(MOVIES, { first: 0 }),
    { code: 'BAD_USER_INPUT', message: /first: must be between 1 and 100/ },
  ],
  [
    'movies(first: 101)',
    () => gql(MOVIES, { first: 101 }),
    { code: 'BAD_USER_INPUT', message: /first: must be between 1 and 100/ },
  ],
  ['movies(first: -1)', () => gql(MOVIES, { first: -1 }), { code: 'BAD_USER_INPUT' }],
  ['movies(first: 2.5)', () => gql(MOVIES, { first: 2.5 }), { code: 'BAD_USER_INPUT' }],
  ['movies(first: "ten")', () => gql(MOVIES, { first: 'ten' }), { code: 'BAD_USER_INPUT' }],
  [
    'a 100 KB string as first, quoted back cut to 40 characters',
    () => gql(MOVIES, { first: big(100_000) }),
    {
      code: 'BAD_USER_INPUT',
      message:
        /^Variable "\$first" got invalid value "a{40}…"; Int cannot represent non-integer value: "a{40}…"$/,
    },
  ],
  [
    'a cursor that is not one',
    () => gql(MOVIES, { first: 5, after: 'not-a-cursor' }),
    { code: 'BAD_USER_INPUT', message: /after: "not-a-cursor" is not a cursor/ },
  ],
  [
    'a 100 KB cursor',
    () => gql(MOVIES, { first: 5, after: big(100_000, 'A') }),
    { code: 'BAD_USER_INPUT', message: /^after: "A{40}…" is not a cursor/ },
  ],
  [
    'a cursor past any catalogue',
    () => gql(MOVIES, { first: 5, after: Buffer.from('offset:1e300').toString('base64url') }),
    { code: 'BAD_USER_INPUT' },
  ],
  [
    'a negative cursor',
    () => gql(MOVIES, { first: 5, after: Buffer.from('offset:-5').toString('base64url') }),
    { code: 'BAD_USER_INPUT' },
  ],
  [
    'yearFrom after yearTo',
    () => gql(MOVIES, { first: 5, filter: { yearFrom: 2000, yearTo: 1990 } }),
    { code: 'BAD_USER_INPUT', message: /filter.yearFrom/ },
  ],
  [
    'yearFrom as a string',
    () => gql(MOVIES, { first: 5, filter: { yearFrom: '1990' } }),
    { code: 'BAD_USER_INPUT' },
  ],
  [
    '10,000 unknown genres',
    () =>
      gql(MOVIES, {
        first: 5,
        filter: { genres: Array.from({ length: 10_000 }, (_, n) => `genre-${n}`) },
      }),
    { code: 'BAD_USER_INPUT', message: /^filter.genres: unknown genre .{0,600}$/ },
  ],
  [
    'a Cypher injection as a genre',
    () => gql(MOVIES, { first: 5, filter: { genres: [CYPHER_INJECTION] } }),
    { code: 'BAD_USER_INPUT' },
  ],
  [
    'RELEVANCE without a search',
    () => gql(MOVIES, { first: 5, orderBy: 'RELEVANCE' }),
    { code: 'BAD_USER_INPUT' },
  ],
  [
    'an orderBy that does not exist',
    () => gql(MOVIES, { first: 5, orderBy: 'DROP' }),
    { code: 'BAD_USER_INPUT' },
  ],
  [
    'a 500 KB search',
    () => gql(MOVIES, { first: 5, filter: { search: big(500_000) } }),
    { code: 'BAD_USER_INPUT', message: /filter.search: must be at most 200 characters/ },
  ],
  [
    'a 50-word search',
    () => gql(MOVIES, { first: 5, filter: { search: 'a '.repeat(50) } }),
    { code: 'BAD_USER_INPUT', message: /at most 12 words/ },
  ],
  [
    'a 50-word people search',
    () => gql('query($s: String) { people(search: $s) { totalCount } }', { s: 'x '.repeat(50) }),
    { code: 'BAD_USER_INPUT', message: /^search: / },
  ],
  [
    'cast(first: 1000)',
    () => gql('{ movie(id: "heat-1995") { cast(first: 1000) { id } } }'),
    { code: 'BAD_USER_INPUT', message: /cast.first/ },
  ],
  [
    'directors(first: 0)',
    () => gql('{ movie(id: "heat-1995") { directors(first: 0) { id } } }'),
    { code: 'BAD_USER_INPUT', message: /directors.first/ },
  ],
  [
    'keywords(first: -5)',
    () => gql('{ movie(id: "heat-1995") { keywords(first: -5) } }'),
    { code: 'BAD_USER_INPUT', message: /keywords.first/ },
  ],
  [
    'actedIn(first: 101)',
    () => gql('{ person(id: "michael-mann") { actedIn(first: 101) { id } } }'),
    { code: 'BAD_USER_INPUT', message: /actedIn.first/ },
  ],
  [
    'directed(first: 0)',
    () => gql('{ person(id: "michael-mann") { directed(first: 0) { id } } }'),
    { code: 'BAD_USER_INPUT', message: /directed.first/ },
  ],
  ['an empty movie id', () => gql(MOVIE_BY_ID, { id: '' }), { code: 'NOT_FOUND' }],
  [
    'a 100 KB movie id, echoed cut to 40 characters',
    () => gql(MOVIE_BY_ID, { id: big(100_000) }),
    { code: 'NOT_FOUND', message: /^No movie with id "a{40}…"$/ },
  ],
  ['a null movie id', () => gql(MOVIE_BY_ID, { id: null }), { code: 'BAD_USER_INPUT' }],
  [
    'a Cypher injection as a movie id',
    () => gql(MOVIE_BY_ID, { id: CYPHER_INJECTION }),
    { code: 'NOT_FOUND' },
  ],
  [
    'a Cypher injection as a person id',
    () =>
      gql('query($id: ID!) { person(id: $id) { id } }', {
        id: "'}) RETURN 1 UNION MATCH (u:User) RETURN u //",
      }),
    { code: 'NOT_FOUND' },
  ],
  [
    'NUL and invalid UTF-8 in an id',
    () =>
      post(
        Buffer.concat([
          Buffer.from('{"query":"{ movie(id: \\"\\u0000'),
          Buffer.from([0xff, 0xfe]),
          Buffer.from('\\") { id } }"}'),
        ]),
      ),
    { code: 'NOT_FOUND' },
  ],
  [
    'similarMovies of an unknown movie',
    () => gql('{ similarMovies(movieId: "no-such-film") { score } }'),
    { code: 'NOT_FOUND' },
  ],
  [
    'similarMovies(first: 0)',
    () => gql('{ similarMovies(movieId: "heat-1995", first: 0) { score } }'),
    { code: 'BAD_USER_INPUT' },
  ],
  [
    'recommendations(first: 1000)',
    () => gql('{ recommendations(first: 1000) { score } }', {}, alice.token),
    { code: 'BAD_USER_INPUT' },
  ],
  [
    'recommendations for an unknown genre',
    () => gql('{ recommendations(filter: { genres: ["Nope"] }) { score } }', {}, alice.token),
    { code: 'BAD_USER_INPUT' },
  ],
  [
    'becauseYouLiked(rows: 21)',
    () => gql('{ becauseYouLiked(rows: 21) { anchor { id } } }', {}, alice.token),
    { code: 'BAD_USER_INPUT' },
  ],
  [
    'becauseYouLiked(perRow: 0)',
    () => gql('{ becauseYouLiked(perRow: 0) { anchor { id } } }', {}, alice.token),
    { code: 'BAD_USER_INPUT' },
  ],
  [
    'predictRating of an unknown movie',
    () => gql('{ predictRating(movieId: "no-such-film") }', {}, alice.token),
    { code: 'NOT_FOUND' },
  ],
  [
    'rating 7',
    () => gql(RATE, { movieId: 'heat-1995', rating: 7 }, bob.token),
    { code: 'BAD_USER_INPUT', message: /rating: must be from 0.5 to 5/ },
  ],
  [
    'rating 1e308',
    () => gql(RATE, { movieId: 'heat-1995', rating: 1e308 }, bob.token),
    { code: 'BAD_USER_INPUT' },
  ],
  [
    'rating "abc"',
    () => gql(RATE, { movieId: 'heat-1995', rating: 'abc' }, bob.token),
    { code: 'BAD_USER_INPUT' },
  ],
  [
    'rating an unknown movie',
    () => gql(RATE, { movieId: 'no-such-film', rating: 4 }, bob.token),
    { code: 'NOT_FOUND' },
  ],
  [
    'rating a Cypher injection',
    () => gql(RATE, { movieId: CYPHER_INJECTION, rating: 4 }, bob.token),
    { code: 'NOT_FOUND' },
  ],
  [
    'a name with NUL',
    () =>
      gql(SIGN_UP, {
        name: 'Eve\u0000',
        email: 'eve@test.reelgraph.example',
        password: 'long enough password',
      }),
    { code: 'BAD_USER_INPUT', message: /^name: / },
  ],
  [
    'a name with a zero-width space',
    () =>
      gql(SIGN_UP, {
        name: 'E\u200Bve',
        email: 'eve@test.reelgraph.example',
        password: 'long enough password',
      }),
    { code: 'BAD_USER_INPUT', message: /^name: / },
  ],
  [
    'a name of 101 emoji',
    () =>
      gql(SIGN_UP, {
        name: '🎬'.repeat(101),
        email: 'eve@test.reelgraph.example',
        password: 'long enough password',
      }),
    { code: 'BAD_USER_INPUT', message: /^name: / },
  ],
  [
    'an email that is not one',
    () => gql(SIGN_UP, { name: 'Eve', email: 'eve', password: 'long enough password' }),
    { code: 'BAD_USER_INPUT', message: /^email: / },
  ],
  [
    'a 100 KB password',
    () =>
      gql(SIGN_UP, { name: 'Eve', email: 'eve@test.reelgraph.example', password: big(100_000) }),
    { code: 'BAD_USER_INPUT', message: /^password: / },
  ],
  [
    'signIn with a wrong password',
    () =>
      gql('mutation($e: String!) { signIn(email: $e, password: "wrong password") { token } }', {
        e: alice.email,
      }),
    { code: 'UNAUTHENTICATED' },
  ],

  // Syntax that must stay inert: answered as plain words, never run.
  [
    'Lucene syntax in a search',
    () => gql(MOVIES, { first: 5, filter: { search: 'title:(heat OR *) AND NOT x~2 ^3' } }),
    'answers normally',
  ],
  [
    'a Lucene wildcard-only search',
    () => gql(MOVIES, { first: 5, filter: { search: '*:* ?' } }),
    'answers normally',
  ],
  [
    'a Lucene regex search',
    () => gql(MOVIES, { first: 5, filter: { search: '/.*/' } }),
    'answers normally',
  ],
  [
    'Cypher in a people search',
    () => gql('query($s: String) { people(search: $s) { totalCount } }', { s: CYPHER_INJECTION }),
    'answers normally',
  ],

  // Who may do what.
  [
    'recommendations without a token',
    () => gql('{ recommendations { score } }'),
    { code: 'UNAUTHENTICATED' },
  ],
  [
    'rating without a token',
    () => gql(RATE, { movieId: 'heat-1995', rating: 4 }),
    { code: 'UNAUTHENTICATED' },
  ],
  [
    'removeRating without a token',
    () => gql('mutation { removeRating(movieId: "heat-1995") }'),
    { code: 'UNAUTHENTICATED' },
  ],
  ['deleteMe without a token', () => gql('mutation { deleteMe }'), { code: 'UNAUTHENTICATED' }],
  [
    'users without the admin token',
    () => gql('{ users { totalCount } }', {}, bob.token),
    { code: 'FORBIDDEN' },
  ],
  [
    "another user's ratings with a user's token",
    () =>
      gql(
        'query($id: ID!) { user(id: $id) { ratings { totalCount } } }',
        { id: alice.userId },
        bob.token,
      ),
    { code: 'FORBIDDEN' },
  ],
  [
    "another user's recommendations with a user's token",
    () =>
      gql(
        'query($id: ID) { recommendations(userId: $id) { score } }',
        { id: alice.userId },
        bob.token,
      ),
    { code: 'FORBIDDEN' },
  ],
  [
    "another user's predicted rating with a user's token",
    () =>
      gql(
        'query($id: ID) { predictRating(movieId: "heat-1995", userId: $id) }',
        { id: alice.userId },
        bob.token,
      ),
    { code: 'FORBIDDEN' },
  ],
  ['a forged token', () => withBearer('not.a.token'), { code: 'UNAUTHENTICATED', status: 401 }],
  [
    'a token signed with another secret',
    async () =>
      withBearer(
        await signedToken(randomBytes(32), alice.userId, Math.floor(Date.now() / 1000) + 3600),
      ),
    { code: 'UNAUTHENTICATED', status: 401 },
  ],
  [
    'an expired token',
    async () =>
      withBearer(
        await signedToken(server.auth.jwtSecret, alice.userId, Math.floor(Date.now() / 1000) - 60),
      ),
    { code: 'UNAUTHENTICATED', status: 401, message: /expired/ },
  ],
  [
    'an unsigned token (alg none)',
    () =>
      withBearer(
        `${base64url({ alg: 'none' })}.${base64url({ sub: alice.userId, iss: 'reelgraph' })}.`,
      ),
    { code: 'UNAUTHENTICATED', status: 401 },
  ],
  [
    'a wrong admin token',
    () => withBearer(`${server.adminToken}x`, '{ users { totalCount } }'),
    { code: 'UNAUTHENTICATED', status: 401 },
  ],
  [
    'Basic instead of Bearer',
    () =>
      post('{"query":"{ me { id } }"}', { ...JSON_TYPE, authorization: 'Basic YWRtaW46YWRtaW4=' }),
    { code: 'UNAUTHENTICATED', status: 401 },
  ],
  ['a 10 KB bearer token', () => withBearer(big(10_000)), { code: 'UNAUTHENTICATED', status: 401 }],
];

async function codeOf(response: Response): Promise<{ code: string; message: string; body: any }> {
  const text = await response.text();
  const body = JSON.parse(text);
  const error = body.errors?.[0];
  return { code: error?.extensions?.code ?? 'none', message: error?.message ?? '', body };
}

describe('hostile input', () => {
  it(`has at least 60 cases (${cases.length})`, () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
  });

  it.each(cases)('%s', async (name, send, outcome) => {
    const started = performance.now();
    const response = await send();
    const { code, message, body } = await codeOf(response);
    timings.push({ name, ms: performance.now() - started, status: response.status, code });

    if (outcome === 'answers normally') {
      expect(body.errors).toBeUndefined();
      expect(response.status).toBe(200);
      expect(body.data).not.toBeNull();
    } else {
      expect({ code, message }).toEqual({
        code: outcome.code,
        message: outcome.message ? expect.stringMatching(outcome.message) : expect.any(String),
      });
      if (outcome.status !== undefined) expect(response.status).toBe(outcome.status);
      expect(JSON.stringify(body)).not.toMatch(/stacktrace|at .*\.[jt]s:\d+/);
    }
    expect((await fetch(`${server.app.url}/healthz`)).status).toBe(200);
  });

  it('answers NOT_FOUND to 50 concurrent lookups of unknown users', async () => {
    const lookups = await Promise.all(
      Array.from({ length: 50 }, (_, n) =>
        server.graphql(
          'query($id: ID!) { user(id: $id) { id } }',
          { id: `nobody-${n}` },
          server.adminToken,
        ),
      ),
    );
    expect(lookups).toHaveLength(50);
    expect(new Set(lookups.map((lookup) => lookup.errors?.[0].extensions.code))).toEqual(
      new Set(['NOT_FOUND']),
    );
  });

  it('leaves the graph exactly as it was: node and relationship counts and every rating', async () => {
    expect(before.ratings).toBeGreaterThan(0);
    expect(await graphFingerprint(server.database)).toEqual(before);
  });
});
