import { readFileSync } from 'node:fs';
import { DEMO_AVAILABILITY } from '../../seed/sources/demo';
import { deleteTestAccounts, rateMovies, signUp, TestAccount } from '../support/accounts';
import { useDemoCatalogue } from '../support/catalogues';
import { startTestServer, TestServer } from '../support/test-server';

let server: TestServer;
let viewer: TestAccount;

const LIKED = ['heat-1995', 'collateral-2004', 'the-insider-1999', 'alien-1979', 'aliens-1986'];

/** The sample file's services, as written in it. */
const sampleRows = readFileSync(DEMO_AVAILABILITY, 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split(','));
const sampleProviders = [...new Set(sampleRows.map(([, provider]) => provider))].sort();

const SET_SERVICES =
  'mutation($providers: [String!]!, $region: String!) { setMyServices(providers: $providers, region: $region) { providers region } }';

const setServices = (providers: string[], region: string, token = viewer.token) =>
  server.graphql(SET_SERVICES, { providers, region }, token);

const WATCHABLE = `query($filter: RecommendationFilter) {
  recommendations(first: 20, filter: $filter) { movie { id availability { provider region } } }
  becauseYouLiked(rows: 5, perRow: 10, filter: $filter) { items { movie { id availability { provider region } } } }
}`;

interface Watchable {
  movie: { id: string; availability: { provider: string; region: string }[] };
}

async function watchable(filter: Record<string, unknown> | null) {
  const { data, errors } = await server.graphql(WATCHABLE, { filter }, viewer.token);
  expect(errors).toBeUndefined();
  return [
    ...(data!.recommendations as Watchable[]),
    ...(data!.becauseYouLiked as { items: Watchable[] }[]).flatMap((row) => row.items),
  ];
}

const errorCode = (response: { errors?: { extensions: { code: string } }[] }) =>
  response.errors?.[0]?.extensions.code;

beforeAll(async () => {
  server = await startTestServer(useDemoCatalogue);
  viewer = await signUp(server);
  await rateMovies(server, viewer, LIKED);
});

afterAll(async () => {
  await deleteTestAccounts(server);
  await server.stop();
});

it('lists the services of the loaded availability file, each with its regions', async () => {
  const { data, errors } = await server.graphql('{ providers { name regions } }');
  expect(errors).toBeUndefined();
  expect(data!.providers.map((provider: { name: string }) => provider.name)).toEqual(
    sampleProviders,
  );
  const streamline = data!.providers.find(
    (provider: { name: string }) => provider.name === 'Streamline',
  );
  expect(streamline.regions).toEqual(['DE', 'GB', 'US']);
});

it('shows where a movie can be watched, as the file says (matched by IMDb id)', async () => {
  const { data, errors } = await server.graphql(
    '{ movie(id: "heat-1995") { imdbId availability { provider region } } }',
  );
  expect(errors).toBeUndefined();
  const expected = sampleRows
    .filter(([imdbId]) => imdbId === 'tt0113277')
    .map(([, provider, region]) => ({ provider, region }));
  expect(expected.length).toBeGreaterThan(0);
  expect(data!.movie.imdbId).toBe(113277);
  expect(data!.movie.availability).toEqual(expect.arrayContaining(expected));
  expect(data!.movie.availability).toHaveLength(expected.length);
});

it('keeps the services a user chose, replaces them when set again, and clears them with an empty list', async () => {
  const first = await setServices(['Streamline', '  Arthouse   Club '], 'gb');
  expect(first.errors).toBeUndefined();
  expect(first.data!.setMyServices).toEqual({
    providers: ['Arthouse Club', 'Streamline'],
    region: 'GB',
  });

  const me = await server.graphql('{ me { services { providers region } } }', {}, viewer.token);
  expect(me.data!.me.services).toEqual({
    providers: ['Arthouse Club', 'Streamline'],
    region: 'GB',
  });

  const replaced = await setServices(['Kinoteka'], 'DE');
  expect(replaced.data!.setMyServices).toEqual({ providers: ['Kinoteka'], region: 'DE' });
  const cleared = await setServices([], 'DE');
  expect(cleared.data!.setMyServices).toEqual({ providers: [], region: 'DE' });
});

it('refuses unknown services, too many, overlong names and bad regions with coded errors, changing nothing', async () => {
  await setServices(['Streamline'], 'US');
  const refused = await Promise.all([
    setServices(['Streamline', 'Nowhere TV'], 'US'),
    setServices(
      Array.from({ length: 21 }, (_, n) => `Service ${n}`),
      'US',
    ),
    setServices(['x'.repeat(61)], 'US'),
    setServices(['Streamline'], 'United States'),
  ]);
  expect(refused.map(errorCode)).toEqual(Array(4).fill('BAD_USER_INPUT'));
  expect(refused[0].errors![0].message).toMatch(/unknown service "Nowhere TV".*Streamline/);
  expect(refused[1].errors![0].message).toMatch(/at most 20 services/);
  expect(refused[3].errors![0].message).toMatch(/two-letter country code/);
  const me = await server.graphql('{ me { services { providers region } } }', {}, viewer.token);
  expect(me.data!.me.services).toEqual({ providers: ['Streamline'], region: 'US' });
  expect(errorCode(await server.graphql(SET_SERVICES, { providers: [], region: 'US' }))).toBe(
    'UNAUTHENTICATED',
  );
});

it('"only what I can watch" keeps every recommendation and row to the user\'s services in their region', async () => {
  await setServices(['Streamline', 'FreeFlix (with ads)'], 'US');
  const everything = await watchable(null);
  const items = await watchable({ onMyServices: true });
  expect(items.length).toBeGreaterThan(5);
  const onMine = (item: Watchable) =>
    item.movie.availability.some(
      ({ provider, region }) =>
        region === 'US' && (provider === 'Streamline' || provider === 'FreeFlix (with ads)'),
    );
  expect(items.filter((item) => !onMine(item))).toEqual([]);
  // The unfiltered lists hold films the user cannot watch, so the filter did something.
  expect(everything.filter((item) => !onMine(item)).length).toBeGreaterThan(0);
});

it('availableOn names services directly, in any region unless one is given', async () => {
  const anywhere = await watchable({ availableOn: ['Kinoteka'] });
  expect(anywhere.length).toBeGreaterThan(0);
  expect(
    anywhere.filter((item) => !item.movie.availability.some((a) => a.provider === 'Kinoteka')),
  ).toEqual([]);
  const nowhere = await watchable({ availableOn: ['Kinoteka'], region: 'US' });
  expect(nowhere).toEqual([]);
});

it('says what to fix when a filter cannot be met', async () => {
  const other = await signUp(server);
  const noServices = await server.graphql(
    WATCHABLE,
    { filter: { onMyServices: true } },
    other.token,
  );
  expect(errorCode(noServices)).toBe('BAD_USER_INPUT');
  expect(noServices.errors![0].message).toMatch(/setMyServices/);
  const both = await server.graphql(
    WATCHABLE,
    { filter: { onMyServices: true, availableOn: ['Streamline'] } },
    viewer.token,
  );
  expect(errorCode(both)).toBe('BAD_USER_INPUT');
  const regionAlone = await server.graphql(WATCHABLE, { filter: { region: 'US' } }, viewer.token);
  expect(errorCode(regionAlone)).toBe('BAD_USER_INPUT');
});
