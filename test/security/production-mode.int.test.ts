import { useDemoCatalogue } from '../support/catalogues';
import { GraphQLResponse, startTestServer, testLimits, TestServer } from '../support/test-server';

/** NODE_ENV=production as a deployment runs it, and the request time budget, through HTTP. */

describe('NODE_ENV=production', () => {
  let server: TestServer;
  const nodeEnv = process.env.NODE_ENV;

  beforeAll(async () => {
    process.env.NODE_ENV = 'production';
    server = await startTestServer(useDemoCatalogue);
  });

  afterAll(async () => {
    await server.stop();
    process.env.NODE_ENV = nodeEnv;
  });

  it.each([
    ['the schema', '{ __schema { types { name } } }'],
    ['one type', '{ __type(name: "Movie") { fields { name } } }'],
  ])('refuses introspection of %s', async (_what, query) => {
    const { errors, data } = await server.graphql(query);
    expect(data).toBeUndefined();
    expect(errors![0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(errors![0].message).toContain('introspection');
  });

  it('still answers __typename, which clients send to read unions', async () => {
    const { data, errors } = await server.graphql('{ genres { __typename name } }');
    expect(errors).toBeUndefined();
    expect(data!.genres[0].__typename).toBe('Genre');
  });

  it.each([
    ['a misspelt field', '{ genres { nam } }', {}, 'GRAPHQL_VALIDATION_FAILED'],
    ['a misspelt argument', '{ movies(frist: 5) { totalCount } }', {}, 'GRAPHQL_VALIDATION_FAILED'],
    [
      'a misspelt type',
      'query($f: MovieFiltr) { movies(filter: $f) { totalCount } }',
      {},
      'GRAPHQL_VALIDATION_FAILED',
    ],
    [
      'a misspelt enum value in a variable',
      'query($o: MovieOrder) { movies(orderBy: $o) { totalCount } }',
      { o: 'TITEL' },
      'BAD_USER_INPUT',
    ],
  ])('names no schema members for %s', async (_what, query, variables, code) => {
    const { errors } = await server.graphql(query, variables);
    expect(errors![0].extensions.code).toBe(code);
    expect(errors![0].message).not.toMatch(/did you mean/i);
    expect(errors![0].message).not.toMatch(/"(name|first|MovieFilter|TITLE)"/);
  });

  it('sends no X-Powered-By and serves no playground', async () => {
    const api = await server.request('{ genres { name } }');
    expect(api.status).toBe(200);
    expect(api.headers.get('x-powered-by')).toBeNull();
    const health = await fetch(`${server.app.url}/healthz`);
    expect(health.headers.get('x-powered-by')).toBeNull();
    expect((await fetch(`${server.app.url}/playground`)).status).toBe(404);
  });

  it('quotes an unknown id back cut to 40 characters', async () => {
    const id = `${'x'.repeat(5_000)}-tail`;
    const { errors } = await server.graphql('query($id: ID!) { movie(id: $id) { id } }', { id });
    expect(errors![0]).toMatchObject({
      message: `No movie with id "${'x'.repeat(40)}…"`,
      extensions: { code: 'NOT_FOUND', id: `${'x'.repeat(40)}…` },
    });
  });
});

describe('the request time budget', () => {
  let server: TestServer;

  beforeAll(async () => {
    // A budget no request can meet, so every answer shows what running out looks like.
    server = await startTestServer(useDemoCatalogue, undefined, testLimits({ timeBudgetMs: 1 }));
  });

  afterAll(() => server.stop());

  it('answers SERVICE_UNAVAILABLE with a retry hint, as a 503 with Retry-After', async () => {
    const response = await server.request('{ movie(id: "heat-1995") { title cast { name } } }');
    const body = (await response.json()) as GraphQLResponse;
    expect(body.errors![0].extensions).toEqual({
      code: 'SERVICE_UNAVAILABLE',
      retryAfterSeconds: 2,
    });
    expect(body.errors![0].message).toContain('time budget');
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('2');
  });

  it('keeps serving /healthz, which is outside the budget', async () => {
    expect((await fetch(`${server.app.url}/healthz`)).status).toBe(200);
  });
});
