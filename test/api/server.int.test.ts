import 'reflect-metadata';
import { authSettings } from '../../src/auth/auth-settings';
import { neo4jConnection } from '../../src/config';
import { Database } from '../../src/graph/database';
import { buildReelgraphSchema } from '../../src/schema/build-schema';
import { startApp } from '../../src/server/app';
import { ModelService } from '../../src/server/model-service';
import { DEFAULT_RATE_LIMITS } from '../../src/server/rate-limit-settings';
import { useDemoCatalogue } from '../support/catalogues';
import { startTestServer, TestServer } from '../support/test-server';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer(useDemoCatalogue);
});

afterAll(() => server.stop());

it('/healthz answers 200 while Neo4j answers', async () => {
  const response = await fetch(`${server.app.url}/healthz`);
  expect(response.status).toBe(200);
});

describe('playground', () => {
  it.each(['/playground', '/graphql'])(
    '%s serves GraphiQL from our own server, no external host',
    async (route) => {
      const response = await fetch(`${server.app.url}${route}`, {
        headers: { accept: 'text/html' },
      });
      expect(response.headers.get('content-type')).toContain('text/html');
      const html = await response.text();
      expect(html).toContain('GraphiQL');
      expect(html).not.toMatch(/(src|href)=["']?(https?:)?\/\//);
      const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]);
      expect(assets.length).toBeGreaterThanOrEqual(4);
      for (const asset of assets)
        expect((await fetch(`${server.app.url}${asset}`)).status).toBe(200);
    },
  );

  it('pre-loads the example operations', async () => {
    const examples = await (await fetch(`${server.app.url}/playground/examples.graphql`)).text();
    expect(examples).toContain('mutation RateMovie');
  });
});

it('a body that is not JSON gets a coded error and no stack trace', async () => {
  const response = await fetch(`${server.app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{ "query": ',
  });
  expect(response.status).toBe(400);
  const text = await response.text();
  expect(JSON.parse(text).errors[0].extensions.code).toBe('BAD_REQUEST');
  expect(text).not.toMatch(/at .*\.js:\d+/);
});

it('malformed queries get GraphQL error codes and no stack trace', async () => {
  const { errors } = await server.graphql('{ movie(id: "heat-1995") { nonsense } }');
  expect(errors![0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  expect(JSON.stringify(errors)).not.toContain('stacktrace');
});

describe('when Neo4j is unreachable', () => {
  it('answers SERVICE_UNAVAILABLE and /healthz 503, without crashing', async () => {
    const database = Database.connect({ ...neo4jConnection(), uri: 'bolt://127.0.0.1:1' });
    const app = await startApp(
      database,
      await buildReelgraphSchema(),
      ModelService.forDatabase(database),
      0,
      { auth: authSettings(), rateLimits: DEFAULT_RATE_LIMITS },
    );
    try {
      const response = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ movie(id: "heat-1995") { title } }' }),
      });
      const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
      expect(body.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
      expect(JSON.stringify(body)).not.toContain('stacktrace');
      expect((await fetch(`${app.url}/healthz`)).status).toBe(503);
    } finally {
      await app.stop();
      await database.close();
    }
  });
});
