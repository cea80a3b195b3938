import { deleteTestAccounts, rateMovies, signUp, TestAccount } from '../support/accounts';
import { useDemoCatalogue } from '../support/catalogues';
import { startTestServer, TestServer } from '../support/test-server';

let server: TestServer;
let viewer: TestAccount;

const LIKED = ['heat-1995', 'collateral-2004', 'the-insider-1999', 'alien-1979', 'aliens-1986'];

const RECOMMENDED = `{
  recommendations(first: 30) { movie { id } }
  becauseYouLiked(rows: 5, perRow: 10) { items { movie { id } } }
}`;

async function recommendedIds(): Promise<string[]> {
  const { data, errors } = await server.graphql(RECOMMENDED, {}, viewer.token);
  expect(errors).toBeUndefined();
  return [
    ...data!.recommendations.map((item: any) => item.movie.id),
    ...data!.becauseYouLiked.flatMap((row: any) => row.items.map((item: any) => item.movie.id)),
  ];
}

const DISMISS = 'mutation($id: ID!) { dismissMovie(movieId: $id) }';
const dismiss = (movieId: string) => server.graphql(DISMISS, { id: movieId }, viewer.token);

beforeAll(async () => {
  server = await startTestServer(useDemoCatalogue);
  viewer = await signUp(server);
  await rateMovies(server, viewer, LIKED);
});

afterAll(async () => {
  await deleteTestAccounts(server);
  await server.stop();
});

it('a dismissed movie is never recommended again, in any list, and shows as dismissed', async () => {
  const before = await recommendedIds();
  expect(before.length).toBeGreaterThan(5);
  const [top] = before;

  const { data, errors } = await dismiss(top);
  expect(errors).toBeUndefined();
  expect(data!.dismissMovie).toBe(true);

  expect(await recommendedIds()).not.toContain(top);
  const { data: seen } = await server.graphql(
    'query($id: ID!) { movie(id: $id) { dismissed myRating } me { notInterested { id } } }',
    { id: top },
    viewer.token,
  );
  expect(seen!.movie).toEqual({ dismissed: true, myRating: null });
  expect(seen!.me.notInterested).toEqual([{ id: top }]);
});

it('counts as a dislike: films like the dismissed one are predicted lower', async () => {
  const { data } = await server.graphql(
    '{ similarMovies(movieId: "the-dark-knight-2008", first: 1) { movie { id } } }',
  );
  expect(data!.similarMovies).toHaveLength(1);
  const neighbour = data!.similarMovies[0].movie.id;
  const predict = async () =>
    (
      await server.graphql(
        'query($id: ID!) { predictRating(movieId: $id) }',
        { id: neighbour },
        viewer.token,
      )
    ).data!.predictRating as number;

  const before = await predict();
  expect((await dismiss('the-dark-knight-2008')).errors).toBeUndefined();
  expect(await predict()).toBeLessThan(before);
});

it('undismissMovie brings a movie back, and says whether it had been dismissed', async () => {
  const undismiss = async () =>
    (
      await server.graphql(
        'mutation { undismissMovie(movieId: "the-dark-knight-2008") }',
        {},
        viewer.token,
      )
    ).data!.undismissMovie;
  expect(await undismiss()).toBe(true);
  expect(await undismiss()).toBe(false);
  const { data } = await server.graphql(
    '{ movie(id: "the-dark-knight-2008") { dismissed } }',
    {},
    viewer.token,
  );
  expect(data!.movie.dismissed).toBe(false);
});

it('needs a signed-in user and an existing movie', async () => {
  const anonymous = await server.graphql(DISMISS, { id: 'heat-1995' });
  expect(anonymous.errors![0].extensions.code).toBe('UNAUTHENTICATED');
  const unknown = await dismiss(`no-such-movie-${Date.now()}`);
  expect(unknown.errors![0].extensions.code).toBe('NOT_FOUND');
});
