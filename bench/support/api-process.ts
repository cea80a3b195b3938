import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { projectRoot } from '../../src/project-root';

export interface ApiProcess {
  child: ChildProcess;
  /** Wall time from spawn to the first healthy answer. */
  startupSeconds: number;
  stop(): Promise<void>;
}

/**
 * Starts the built API (`dist/src/server/main.js`, as `npm start` runs it) in a process of its
 * own and waits for /healthz: a bench's load generator must not share the server's event loop.
 * `onSpawn` runs before the wait, e.g. to sample the process's memory while it starts.
 */
export async function startApiProcess(
  env: NodeJS.ProcessEnv,
  url: string,
  timeoutMs: number,
  onSpawn: (child: ChildProcess) => void = () => {},
): Promise<ApiProcess> {
  const startedAt = Date.now();
  const child = spawn(
    process.execPath,
    [path.join(projectRoot, 'dist', 'src', 'server', 'main.js')],
    {
      env,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  onSpawn(child);
  const stop = async () => {
    if (child.exitCode !== null) return;
    child.kill('SIGTERM');
    await once(child, 'close');
  };
  while (Date.now() - startedAt < timeoutMs) {
    if (child.exitCode !== null)
      throw new Error(`the API exited with code ${child.exitCode} while starting`);
    const healthy = await fetch(`${url}/healthz`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) return { child, startupSeconds: (Date.now() - startedAt) / 1000, stop };
    await sleep(100);
  }
  await stop();
  throw new Error(`the API was not healthy after ${timeoutMs / 1000} s`);
}
