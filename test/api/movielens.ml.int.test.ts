import { describeWithSharedData, useMovieLensSmall } from '../support/catalogues';
import { startTestServer, TestServer } from '../support/test-server';

describeWithSharedData('the API over ml-latest-small with IMDb metadata', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer(useMovieLensSmall);
  });

  afterAll(() => server?.stop());

  const SEARCH =
    'query($search: String!) { movies(filter: { search: $search }, first: 10) { totalCount edges { node { id title year } } } }';

  async function search(text: string) {
    const { data, errors } = await server.graphql(SEARCH, { search: text });
    expect(errors).toBeUndefined();
    return data!.movies as {
      totalCount: number;
      edges: { node: { id: string; title: string; year: number } }[];
    };
  }

  it('ranks "Matrix, The (1999)" first for "matrix", ahead of its sequels', async () => {
    const { totalCount, edges } = await search('matrix');
    expect(totalCount).toBeGreaterThan(1);
    expect(edges[0].node).toEqual({ id: '2571', title: 'Matrix, The', year: 1999 });
  });

  it('ranks The Dark Knight first for "dark knight" and for "The Dark Knight"', async () => {
    for (const text of ['dark knight', 'The Dark Knight']) {
      const { edges } = await search(text);
      expect(edges.length).toBeGreaterThan(1);
      expect(edges[0].node).toMatchObject({ title: 'Dark Knight, The', year: 2008 });
    }
  });

  it('finds A New Hope and The Empire Strikes Back on the first page for "star wars"', async () => {
    const { edges } = await search('star wars');
    const titles = edges.map((edge) => edge.node.title);
    expect(titles).toEqual(
      expect.arrayContaining([
        'Star Wars: Episode IV - A New Hope',
        'Star Wars: Episode V - The Empire Strikes Back',
      ]),
    );
  });

  it('pages the catalogue in the database: consecutive pages join up and count every movie', async () => {
    const PAGE =
      'query($after: String) { movies(first: 100, after: $after) { totalCount pageInfo { endCursor hasNextPage } edges { node { id } } } }';
    const first = (await server.graphql(PAGE)).data!.movies;
    const second = (await server.graphql(PAGE, { after: first.pageInfo.endCursor })).data!.movies;
    expect(first.totalCount).toBe(9742);
    expect(first.edges).toHaveLength(100);
    expect(second.edges).toHaveLength(100);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const ids = [...first.edges, ...second.edges].map(
      (edge: { node: { id: string } }) => edge.node.id,
    );
    expect(new Set(ids).size).toBe(200);
  });

  it("counts a heavy user's ratings from the degree and pages them newest first (admin token)", async () => {
    const { data, errors } = await server.graphql(
      '{ user(id: "414") { ratingCount ratings(first: 100, after: "b2Zmc2V0Ojk5") { totalCount edges { node { ratedAt } } } } }',
      {},
      server.adminToken,
    );
    expect(errors).toBeUndefined();
    const { ratingCount, ratings } = data!.user;
    expect(ratingCount).toBe(2698);
    expect(ratings.totalCount).toBe(2698);
    expect(ratings.edges).toHaveLength(100);
    const times = ratings.edges.map((edge: { node: { ratedAt: string } }) =>
      Date.parse(edge.node.ratedAt),
    );
    expect(times).toEqual([...times].sort((a, b) => b - a));
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
