import { describeWithSharedData, useMovieLensSmall } from '../support/catalogues';
import { startTestServer, TestServer } from '../support/test-server';

describeWithSharedData('the API over ml-latest-small with IMDb metadata', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer(useMovieLensSmall);
  });

  afterAll(() => server?.stop());

  it('finds "Matrix, The (1999)" by searching "matrix"', async () => {
    const { data, errors } = await server.graphql(
      '{ movies(filter: { search: "matrix" }, first: 10) { edges { node { id title year } } } }',
    );
    expect(errors).toBeUndefined();
    expect(data!.movies.edges.map((edge: { node: unknown }) => edge.node)).toContainEqual({
      id: '2571',
      title: 'Matrix, The',
      year: 1999,
    });
  });

  it("lists Christopher Nolan's joined films under directed", async () => {
    const { data } = await server.graphql(
      '{ person(id: "christopher-nolan") { directed { title year } } }',
    );
    const titles = data!.person.directed.map((movie: { title: string }) => movie.title);
    expect(titles).toEqual(
      expect.arrayContaining(['Memento', 'Dark Knight, The', 'Inception', 'Interstellar']),
    );
  });

  it('shows a movie with its cast in billing order from the metadata', async () => {
    const { data } = await server.graphql(
      '{ movie(id: "2571") { directors { name } cast { name } genres { name } ratingStats { count } } }',
    );
    expect(data!.movie.directors.map((person: { name: string }) => person.name)).toEqual(
      expect.arrayContaining(['Lana Wachowski']),
    );
    expect(data!.movie.cast.length).toBeGreaterThanOrEqual(3);
    expect(data!.movie.ratingStats.count).toBe(278);
  });
});
