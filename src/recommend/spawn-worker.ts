import path from 'node:path';
import { Worker } from 'node:worker_threads';

/**
 * Starts a worker thread on a module of this codebase, given by its path without extension.
 * Compiled, that is the `.js` file. Under ts-jest there is only TypeScript source, so the worker
 * first installs typescript-hook.js, which compiles each `.ts` module as it is required.
 */
export function spawnWorker(modulePath: string): Worker {
  const extension = path.extname(__filename);
  const entry = `${modulePath}${extension}`;
  if (extension !== '.ts') return new Worker(entry);
  const hook = path.join(__dirname, 'typescript-hook.js');
  return new Worker(`require(${JSON.stringify(hook)}); require(${JSON.stringify(entry)});`, {
    eval: true,
  });
}
