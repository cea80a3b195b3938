import { useDemoCatalogue } from '../support/catalogues';
import { startTestServer, TestServer } from '../support/test-server';
import { buildWebApp } from '../support/web-app';

let server: TestServer;
let html: string;

beforeAll(async () => {
  buildWebApp();
  server = await startTestServer(useDemoCatalogue);
  html = await (await fetch(`${server.app.url}/`)).text();
});

afterAll(() => server.stop());

/** The script and stylesheet index.html loads, as paths on our own server. */
const assetsOf = (page: string) =>
  [...page.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((match) => match[1]);

it('serves the app at / with its hashed assets from our own server, no CDN', async () => {
  expect(html).toContain('<div id="root">');
  expect(html).not.toMatch(/(src|href)=["']?(https?:)?\/\//);
  const assets = assetsOf(html);
  expect(assets.length).toBeGreaterThanOrEqual(2);
  for (const asset of assets) {
    const response = await fetch(`${server.app.url}${asset}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toContain('immutable');
  }
});

it('answers every screen URL with the app, so links and reloads work', async () => {
  for (const route of ['/movie/heat-1995', '/person/michael-mann', '/search?q=heat', '/start']) {
    const response = await fetch(`${server.app.url}${route}`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(html);
  }
  expect((await fetch(`${server.app.url}/assets/missing.js`)).status).toBe(404);
});

it('compresses the app with brotli or gzip, as the browser accepts', async () => {
  const [script] = assetsOf(html).filter((asset) => asset.endsWith('.js'));
  for (const encoding of ['br', 'gzip']) {
    // fetch decodes the body; the header says what travelled.
    const response = await fetch(`${server.app.url}${script}`, {
      headers: { 'accept-encoding': encoding },
    });
    expect(response.headers.get('content-encoding')).toBe(encoding);
  }
});
