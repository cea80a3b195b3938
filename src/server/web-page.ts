import express, { Router } from 'express';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../project-root';

/** Where `vite build web` (part of `npm run build`) writes the app. */
export const WEB_BUILD_DIR = path.join(projectRoot, 'dist', 'web');

/** Paths the app does not own; everything else is a screen of the single-page app. */
const NOT_APP = /^\/(graphql|playground|healthz|assets)(\/|$)/;

/**
 * The web app at `/`: hashed assets cached for a year, index.html for every screen's URL
 * (/movie/heat-1995, /search?q=…) so links and reloads work.
 */
export function webPageRouter(): Router {
  const router = Router();
  const index = path.join(WEB_BUILD_DIR, 'index.html');
  router.use(
    '/assets',
    express.static(path.join(WEB_BUILD_DIR, 'assets'), {
      immutable: true,
      maxAge: '1y',
      fallthrough: false,
    }),
  );
  router.get(/.*/, (request, response, next) => {
    if (NOT_APP.test(request.path) || request.accepts(['html', 'json']) !== 'html') {
      next();
      return;
    }
    if (!existsSync(index)) {
      response
        .status(503)
        .type('text/plain')
        .send('The web app is not built yet: run `npm run build` (npm start does it too).');
      return;
    }
    response.setHeader('cache-control', 'no-cache');
    response.sendFile(index);
  });
  return router;
}
