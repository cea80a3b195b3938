import express, { Router } from 'express';
import path from 'node:path';
import { projectRoot } from '../project-root';

const WEB_DIR = path.join(projectRoot, 'src', 'server', 'web');

/** The web page at `/`: top picks and "because you liked X" rows, plain HTML and script. */
export function webPageRouter(): Router {
  const router = Router();
  router.get('/', (_request, response) => {
    response.sendFile(path.join(WEB_DIR, 'index.html'));
  });
  router.use('/web', express.static(WEB_DIR, { index: false }));
  return router;
}
