import { launchChromium } from '../test/support/web-app';

/**
 * First load of the web app as a new visitor sees it: bytes over the wire (compressed) and
 * timings, in headless Chromium against a running server (`npm start`), cold cache, 3 runs.
 * Usage: npm run bench:web [-- http://localhost:4000]
 */
const url = process.argv[2] ?? `http://localhost:${process.env.PORT ?? 4000}`;
const RUNS = 3;

async function main(): Promise<void> {
  const chromium = await launchChromium();
  try {
    for (let run = 1; run <= RUNS; run++) {
      const context = await chromium.newContext(1280);
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      let bytes = 0;
      let requests = 0;
      cdp.on('Network.loadingFinished', (event) => {
        bytes += event.encodedDataLength;
        requests += 1;
      });
      await page.goto(`${url}/`, { waitUntil: 'networkidle' });
      const timing = await page.evaluate<Record<string, number>>(`(() => {
        const [nav] = performance.getEntriesByType('navigation');
        const paint = performance.getEntriesByName('first-contentful-paint')[0];
        return { domContentLoaded: nav.domContentLoadedEventEnd, load: nav.loadEventEnd,
                 firstContentfulPaint: paint ? paint.startTime : NaN };
      })()`);
      console.log(
        `run ${run}: ${requests} requests, ${(bytes / 1024).toFixed(1)} KiB transferred; ` +
          `first contentful paint ${timing.firstContentfulPaint.toFixed(0)} ms, ` +
          `DOMContentLoaded ${timing.domContentLoaded.toFixed(0)} ms, load ${timing.load.toFixed(0)} ms`,
      );
      await context.close();
    }
  } finally {
    await chromium.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
