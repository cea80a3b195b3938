import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { BrowserContext, Page } from 'playwright-core';
import { projectRoot } from '../../src/project-root';
import { AddedUsers } from '../support/added-users';
import { useDemoCatalogue } from '../support/catalogues';
import { startTestServer, TestServer } from '../support/test-server';
import {
  buildWebApp,
  HeadlessChromium,
  launchChromium,
  seriousAxeViolations,
} from '../support/web-app';

/**
 * The web app as a person uses it, in headless Chromium against the real server and Neo4j:
 * sign up, rate to start, rows with reasons, movie page, "not interested", search, person page,
 * a reason's path. Screenshots of every screen go to REELGRAPH_SCREENSHOTS (docs/screenshots
 * with `npm run screenshots`), at 1280 and 390 px.
 */

const SCREENSHOTS =
  process.env.REELGRAPH_SCREENSHOTS ?? path.join(projectRoot, '.data', 'screenshots');
const STARTERS = ['Heat', 'Alien', 'Toy Story', 'The Godfather', 'Inception'];

let server: TestServer;
let added: AddedUsers | undefined;
let chromium: HeadlessChromium;
let desktop: BrowserContext;
let page: Page;
/** Screens visited, to shoot again at phone width with the same account. */
const screens: { name: string; url: string }[] = [];

/** JPEG at quality 70 keeps a screen near 50 KB, small enough to commit. */
const screenshot = (on: Page, name: string) =>
  on.screenshot({ path: path.join(SCREENSHOTS, `${name}.jpg`), type: 'jpeg', quality: 70 });

async function shoot(name: string): Promise<void> {
  screens.push({ name, url: new URL(page.url()).pathname + new URL(page.url()).search });
  await screenshot(page, `${name}-1280`);
}

/** The movie ids on the home page, row by row. */
async function homeMovieIds(): Promise<string[][]> {
  await page.goto(`${server.app.url}/`);
  await page
    .locator('section.row')
    .first()
    .waitFor()
    .catch(async (error: Error) => {
      // Say what the person saw instead (an error, an empty state, a spinner), not only "timeout".
      await screenshot(page, 'home-without-rows');
      const shown = await page.locator('main').innerText();
      throw new Error(`${error.message}\nThe home page showed instead:\n${shown}`);
    });
  return page
    .locator('section.row')
    .evaluateAll((rows) =>
      rows.map((row) =>
        [...row.querySelectorAll('[data-movie-id]')].map((tile) =>
          tile.getAttribute('data-movie-id')!,
        ),
      ),
    );
}

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  buildWebApp();
  server = await startTestServer(useDemoCatalogue);
  added = await AddedUsers.since(server.database);
  chromium = await launchChromium();
  desktop = await chromium.newContext(1280);
  page = await desktop.newPage();
});

afterAll(async () => {
  await chromium?.close();
  // The account the browser signed up, with its ratings and services.
  await added?.remove(server.database);
  await server?.stop();
});

it('signs up a new account and lands on rate-to-start', async () => {
  await page.goto(`${server.app.url}/signup`);
  await shoot('sign-up');
  await page.getByLabel('Name').fill('Ada');
  await page.getByLabel('Email').fill(`ada-${Date.now()}@example.com`);
  await page.getByLabel('Password').fill('correct horse battery');
  await page.getByRole('button', { name: 'Sign up' }).click();
  await page.waitForURL('**/start');
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
    'Rate films you have seen',
  );
});

it('onboards by rating five films found by search, counting them', async () => {
  await page.locator('.grid [data-movie-id]').first().waitFor();
  await shoot('rate-to-start');
  for (const [n, title] of STARTERS.entries()) {
    await page.getByLabel('Find a film you know').fill(title);
    const results = page.locator('.search-results');
    const tile = results.locator('[data-movie-id]', {
      has: page.getByRole('heading', { name: new RegExp(`^${title} \\(\\d{4}\\)$`) }),
    });
    await tile.first().getByRole('radio', { name: 'Rate 4½ stars' }).click();
    await page.getByText(`${n + 1} rated.`).waitFor();
  }
  expect(await page.getByRole('status').filter({ hasText: 'rated.' }).textContent()).toContain(
    'Your recommendations are ready',
  );
});

it('shows at least three rows whose cards carry reasons, no film twice', async () => {
  await page.getByRole('link', { name: 'See my recommendations' }).click();
  await page.waitForURL(`${server.app.url}/`);
  const rows = await homeMovieIds();
  expect(rows.length).toBeGreaterThanOrEqual(3);
  const ids = rows.flat();
  expect(new Set(ids).size).toBe(ids.length);
  const tiles = page.locator('section.row [data-movie-id]');
  const chipsPerTile = await tiles.evaluateAll((all) =>
    all.map((tile) => tile.querySelectorAll('.chips button').length),
  );
  expect(chipsPerTile.length).toBe(ids.length);
  expect(chipsPerTile.filter((count) => count === 0)).toEqual([]);
  expect(await page.locator('section.row h2').nth(1).textContent()).toMatch(/^Because you liked /);
  await shoot('home');
  expect(await seriousAxeViolations(page)).toEqual([]);
});

it("opens a reason's path picture: you, through the evidence, to the film", async () => {
  const tile = page.locator('section.row [data-movie-id]').first();
  const title = await tile.locator('h3').textContent();
  await tile.locator('.chips button').first().click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  const nodes = await dialog.locator('.path-node').allTextContents();
  expect(nodes.length).toBeGreaterThanOrEqual(2);
  expect(nodes[0]).toBe('You');
  expect(nodes.at(-1)).toContain(title);
  await screenshot(page, 'reason-path-1280');
  expect(await seriousAxeViolations(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await dialog.waitFor({ state: 'hidden' });
});

it('opens a movie page, rates it (the last click wins) and the home rows change', async () => {
  const before = await homeMovieIds();
  const tile = page.locator('section.row [data-movie-id]').first();
  const movieId = (await tile.getAttribute('data-movie-id'))!;
  await tile.locator('a.tile-link').click();
  await page.waitForURL(`**/movie/${movieId}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  expect(await page.getByText('Directed by').count()).toBeGreaterThan(0);
  await shoot('movie');

  const stars = page.getByRole('radiogroup', { name: /^Your rating of / });
  await stars.getByRole('radio', { name: 'Rate 5 stars' }).click();
  await stars.getByRole('radio', { name: 'Rate 1½ stars' }).click();
  await page.getByText('You rated 1½ stars').waitFor();
  await page.reload();
  await page
    .getByRole('radio', { name: 'Rate 1½ stars', checked: true })
    .waitFor({ timeout: 10000 });

  const after = await homeMovieIds();
  expect(after.flat()).not.toContain(movieId);
  expect(after).not.toEqual(before);
});

it('"not interested" hides a film for good', async () => {
  const tile = page.locator('section.row [data-movie-id]').first();
  const movieId = (await tile.getAttribute('data-movie-id'))!;
  await tile.getByRole('button', { name: /^Not interested/ }).click();
  await page.getByText('won’t be recommended again').waitFor();
  expect(await page.locator(`[data-movie-id="${movieId}"]`).count()).toBe(0);
  const after = await homeMovieIds();
  expect(after.flat().length).toBeGreaterThan(0);
  expect(after.flat()).not.toContain(movieId);
});

it('"only what I can watch" keeps the rows to the services chosen, and lets go again', async () => {
  const services = ['Streamline', 'FreeFlix (with ads)'];
  const onMyServices = async (movieId: string) => {
    const { data } = await server.graphql(
      'query($id: ID!) { movie(id: $id) { availability { provider region } } }',
      { id: movieId },
    );
    return (data!.movie.availability as { provider: string; region: string }[]).some(
      ({ provider, region }) => region === 'US' && services.includes(provider),
    );
  };
  const unwatchable = async (ids: string[]) => {
    const watchable = await Promise.all(ids.map(onMyServices));
    return ids.filter((_, n) => !watchable[n]);
  };

  await page.goto(`${server.app.url}/`);
  await page.getByRole('link', { name: 'Choose your streaming services' }).click();
  await page.waitForURL('**/services');
  await page.getByLabel('Where you watch').selectOption('US');
  for (const name of services) await page.getByRole('checkbox', { name }).check();
  await page.getByRole('button', { name: 'Save my services' }).click();
  await page.getByRole('link', { name: 'See what you can watch' }).waitFor();
  await shoot('services');
  expect(await seriousAxeViolations(page)).toEqual([]);
  await page.getByRole('link', { name: 'See what you can watch' }).click();

  const onlyMine = (await homeMovieIds()).flat();
  expect(await page.getByRole('switch', { name: 'Only what I can watch' }).isChecked()).toBe(true);
  expect(onlyMine.length).toBeGreaterThan(3);
  expect(await unwatchable(onlyMine)).toEqual([]);
  await screenshot(page, 'home-what-i-can-watch-1280');

  // The switch is remembered: the home page opened afresh shows everything again.
  await page.getByRole('switch', { name: 'Only what I can watch' }).uncheck();
  const everything = (await homeMovieIds()).flat();
  expect((await unwatchable(everything)).length).toBeGreaterThan(0);
});

it('searches "nolan" from the header and reaches his person page', async () => {
  await page.getByLabel('Search films and people').fill('nolan');
  await page.getByLabel('Search films and people').press('Enter');
  await page.waitForURL('**/search?q=nolan');
  await page.getByRole('link', { name: 'Christopher Nolan' }).waitFor();
  await shoot('search');
  await page.getByRole('link', { name: 'Christopher Nolan' }).click();
  await page.waitForURL('**/person/christopher-nolan');
  await page.getByRole('heading', { name: 'Christopher Nolan', level: 1 }).waitFor();
  expect(await page.locator('[data-movie-id]').count()).toBeGreaterThan(3);
  await shoot('person');
});

it('lists my ratings', async () => {
  await page.getByRole('link', { name: 'My ratings' }).click();
  await page.waitForURL('**/ratings');
  await page.getByText('6 films rated').waitFor();
  await shoot('my-ratings');
});

it('fits every screen into 360 and 390 px phones, stars at 24 px touch size or more', async () => {
  expect(screens.length).toBeGreaterThanOrEqual(8);
  const widths: Record<string, number> = {};
  const smallStars: Record<string, number[]> = {};
  const violations: Record<string, string[]> = {};
  let starsMeasured = 0;
  for (const width of [360, 390]) {
    const phone = await chromium.browser.newContext({
      viewport: { width, height: 844 },
      storageState: await desktop.storageState(),
      reducedMotion: 'reduce',
    });
    const mobile = await phone.newPage();
    for (const { name, url } of screens) {
      await mobile.goto(`${server.app.url}${url}`);
      await mobile.locator('main h1, main h2').first().waitFor();
      await mobile.locator('.status[role="status"]').waitFor({ state: 'detached' });
      widths[`${name}@${width}`] = await mobile.evaluate<number>(
        'document.documentElement.scrollWidth',
      );
      const stars = await mobile
        .locator('.stars [role="radio"]')
        .evaluateAll((all) => all.map((star) => Math.min(star.clientWidth, star.clientHeight)));
      starsMeasured += stars.length;
      if (stars.some((side) => side < 24)) smallStars[`${name}@${width}`] = stars;
      if (width !== 390) continue;
      await screenshot(mobile, `${name}-390`);
      const found = await seriousAxeViolations(mobile);
      if (found.length > 0) violations[name] = found.map((v) => `${v.id}: ${v.help}`);
    }
    await phone.close();
  }
  expect(
    Object.entries(widths).filter(([key, scrolled]) => scrolled > Number(key.split('@')[1])),
  ).toEqual([]);
  expect(starsMeasured).toBeGreaterThan(50);
  expect(smallStars).toEqual({});
  // axe-core's serious and critical findings on every screen, at phone width.
  expect(violations).toEqual({});
});
