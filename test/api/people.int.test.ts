import { useDemoCatalogue } from '../support/catalogues';
import { startTestServer, TestServer } from '../support/test-server';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer(useDemoCatalogue);
});

afterAll(() => server.stop());

it('person(id) lists what a director directed, oldest first', async () => {
  const { data, errors } = await server.graphql(
    '{ person(id: "michael-mann") { name directed { id year } actedIn { id } } }',
  );
  expect(errors).toBeUndefined();
  expect(data!.person.name).toBe('Michael Mann');
  const directed = data!.person.directed as { id: string; year: number }[];
  expect(directed.map((movie) => movie.id)).toContain('heat-1995');
  expect(directed.map((movie) => movie.year)).toEqual(
    [...directed.map((movie) => movie.year)].sort((a, b) => a - b),
  );
});

it('person(id) lists the films an actor appeared in', async () => {
  const { data } = await server.graphql('{ person(id: "al-pacino") { actedIn { id } } }');
  expect(data!.person.actedIn.map((movie: { id: string }) => movie.id)).toContain('heat-1995');
});

it('people(search) finds names by prefix and pages', async () => {
  const { data, errors } = await server.graphql(
    '{ people(search: "de nir", first: 3) { totalCount edges { node { id name } } } }',
  );
  expect(errors).toBeUndefined();
  expect(data!.people.edges[0].node).toEqual({ id: 'robert-de-niro', name: 'Robert De Niro' });
  const all = await server.graphql(
    '{ people(first: 100) { totalCount pageInfo { hasNextPage } } }',
  );
  expect(all.data!.people.totalCount).toBeGreaterThan(100);
  expect(all.data!.people.pageInfo.hasNextPage).toBe(true);
});

it('person(id) answers NOT_FOUND for an unknown id', async () => {
  const { errors } = await server.graphql('{ person(id: "nobody-at-all") { name } }');
  expect(errors![0].extensions.code).toBe('NOT_FOUND');
});
