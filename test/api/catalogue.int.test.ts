import { useDemoCatalogue } from '../support/catalogues';
import { startTestServer, TestServer } from '../support/test-server';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer(useDemoCatalogue);
});

afterAll(() => server.stop());

interface MovieNode {
  id: string;
  title: string;
  year: number;
  genres: { name: string }[];
  directors: { id: string; name: string }[];
  cast: { id: string; name: string }[];
  ratingStats: { count: number; average: number | null };
}

const MOVIES = `
  query Movies($filter: MovieFilter, $first: Int!, $after: String, $orderBy: MovieOrder) {
    movies(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
      totalCount
      edges { cursor node { id title year genres { name } directors { id name } cast { id name } ratingStats { count average } } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }`;

async function moviesPage(variables: Record<string, unknown>) {
  const response = await server.graphql(MOVIES, { first: 20, ...variables });
  expect(response.errors).toBeUndefined();
  return response.data!.movies as {
    totalCount: number;
    edges: { cursor: string; node: MovieNode }[];
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  };
}

describe('movie(id)', () => {
  it('returns a movie with its genres, directors and cast in billing order', async () => {
    const { data, errors } = await server.graphql(`{
      movie(id: "heat-1995") {
        title year genres { name } directors { name } cast { name } firstTwo: cast(first: 2) { name }
        keywords ratingStats { count average }
      }
    }`);
    expect(errors).toBeUndefined();
    const movie = data!.movie;
    expect(movie).toMatchObject({
      title: 'Heat',
      year: 1995,
      directors: [{ name: 'Michael Mann' }],
    });
    expect(movie.genres.map((genre: { name: string }) => genre.name)).toContain('Crime');
    expect(movie.cast.length).toBeGreaterThanOrEqual(3);
    expect(movie.firstTwo).toEqual(movie.cast.slice(0, 2));
    expect(movie.ratingStats.count).toBeGreaterThan(0);
    expect(movie.ratingStats.average).toBeGreaterThanOrEqual(0.5);
  });

  it('answers NOT_FOUND for an unknown id', async () => {
    const { data, errors } = await server.graphql('{ movie(id: "no-such-film") { title } }');
    expect(data).toBeNull();
    expect(errors![0]).toMatchObject({ path: ['movie'], extensions: { code: 'NOT_FOUND' } });
    expect(errors![0].message).toContain('no-such-film');
  });
});

describe('movies(...)', () => {
  it('walks every page with cursors, each movie once, hasNextPage false only at the end', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    let total = 0;
    for (;;) {
      const page = await moviesPage({ first: 40, after });
      total = page.totalCount;
      expect(page.pageInfo.hasPreviousPage).toBe(pages > 0);
      seen.push(...page.edges.map((edge) => edge.node.id));
      pages += 1;
      if (!page.pageInfo.hasNextPage) break;
      expect(page.edges).toHaveLength(40);
      after = page.pageInfo.endCursor;
    }
    expect(total).toBeGreaterThanOrEqual(150);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    expect(pages).toBe(Math.ceil(total / 40));
  });

  it('finds titles by words typed as prefixes, best match first', async () => {
    const page = await moviesPage({ filter: { search: 'dark knig' } });
    expect(page.edges[0].node.title).toBe('The Dark Knight');
  });

  it('filters by genre, years and person together', async () => {
    const horror = await moviesPage({
      filter: { genres: ['Horror'], yearFrom: 1970, yearTo: 1999 },
      first: 100,
    });
    expect(horror.totalCount).toBeGreaterThan(3);
    for (const { node } of horror.edges) {
      expect(node.genres.map((genre) => genre.name)).toContain('Horror');
      expect(node.year).toBeGreaterThanOrEqual(1970);
      expect(node.year).toBeLessThanOrEqual(1999);
    }
    const mann = await moviesPage({ filter: { personId: 'michael-mann' } });
    expect(mann.edges.map((edge) => edge.node.id)).toContain('heat-1995');
    for (const { node } of mann.edges) {
      expect([...node.directors, ...node.cast].map((person) => person.id)).toContain(
        'michael-mann',
      );
    }
  });

  it('sorts by year and by popularity', async () => {
    const byYear = await moviesPage({ orderBy: 'YEAR', first: 50 });
    const years = byYear.edges.map((edge) => edge.node.year);
    expect(years).toEqual([...years].sort((a, b) => a - b));
    const popular = await moviesPage({ orderBy: 'POPULARITY', first: 50 });
    const counts = popular.edges.map((edge) => edge.node.ratingStats.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it.each([
    [{ first: 101 }, 'first: must be between 1 and 100'],
    [{ first: 0 }, 'first: must be between 1 and 100'],
    [{ after: 'not-a-cursor' }, 'after: "not-a-cursor" is not a cursor'],
    [
      { filter: { yearFrom: 2000, yearTo: 1990 } },
      'filter.yearFrom: must not be after filter.yearTo',
    ],
    [{ filter: { genres: ['Noir-ish'] } }, 'filter.genres: unknown genre "Noir-ish"'],
    [{ orderBy: 'RELEVANCE' }, 'orderBy: RELEVANCE ranks title matches'],
  ])('rejects %j as BAD_USER_INPUT', async (variables, message) => {
    const { errors } = await server.graphql(MOVIES, { first: 20, ...variables });
    expect(errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(errors![0].message).toContain(message);
  });
});

describe('genres', () => {
  it('lists MovieLens genres with their movies', async () => {
    const { data, errors } = await server.graphql(
      '{ genres { name movies(first: 5) { totalCount edges { node { genres { name } } } } } }',
    );
    expect(errors).toBeUndefined();
    const crime = data!.genres.find((genre: { name: string }) => genre.name === 'Crime');
    expect(crime.movies.totalCount).toBeGreaterThan(5);
    for (const { node } of crime.movies.edges)
      expect(node.genres.map((genre: { name: string }) => genre.name)).toContain('Crime');
  });
});
