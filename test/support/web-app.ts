import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import { projectRoot } from '../../src/project-root';

/** Debian's Chromium (`apt-get install chromium`); .ci/run installs it when missing. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Builds web/ into dist/web, as `npm run build` does, so the server serves the current app. */
export function buildWebApp(): void {
  execFileSync(path.join(projectRoot, 'node_modules', '.bin', 'vite'), ['build', 'web'], {
    cwd: projectRoot,
    stdio: 'pipe',
    // Jest sets NODE_ENV=test, which would build React's development bundle (twice the size).
    env: { ...process.env, NODE_ENV: 'production' },
  });
}

export interface HeadlessChromium {
  browser: Browser;
  /** A fresh profile (no stored token) at the given width. */
  newContext(width: number, height?: number): Promise<BrowserContext>;
  close(): Promise<void>;
}

/**
 * Headless Chromium with nothing that talks to the network. Playwright gives every launch a
 * fresh temporary profile (user-data-dir) and removes it on close.
 */
export async function launchChromium(): Promise<HeadlessChromium> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    browser,
    newContext: (width, height = 900) =>
      browser.newContext({ viewport: { width, height }, reducedMotion: 'reduce' }),
    close: () => browser.close(),
  };
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core (from our node_modules) on the page; its serious and critical violations. */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const violations = await page.evaluate<AxeViolation[]>(
    'axe.run(document, { resultTypes: ["violations"] }).then((result) => result.violations)',
  );
  return violations.filter((violation) => ['serious', 'critical'].includes(violation.impact ?? ''));
}
