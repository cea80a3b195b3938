import { useDemoCatalogue } from '../support/catalogues';
import { startTestServer, TestServer } from '../support/test-server';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer(useDemoCatalogue);
});

afterAll(() => server.stop());

it('a page of 50 movies with genres, directors and 5 cast members costs at most 4 Cypher queries', async () => {
  const before = server.database.queryCount;
  const { data, errors } = await server.graphql(`{
    movies(first: 50) { edges { node { title genres { name } directors { name } cast(first: 5) { name } } } }
  }`);
  expect(errors).toBeUndefined();
  expect(data!.movies.edges).toHaveLength(50);
  expect(server.database.queryCount - before).toBeLessThanOrEqual(4);
});
