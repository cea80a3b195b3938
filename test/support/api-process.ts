import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { projectRoot } from '../../src/project-root';
import { GraphQLResponse } from './test-server';

export const distScript = (...parts: string[]) => path.join(projectRoot, 'dist', ...parts);

/** Compiles the project into dist/, as `npm start` does, so suites can run it as a process. */
export function buildDist(): void {
  execFileSync(
    process.execPath,
    [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'],
    {
      cwd: projectRoot,
      stdio: 'inherit',
    },
  );
}

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return port;
}

/** Polls `check` until it returns a value that is not undefined, or throws after `timeoutMs`. */
export async function eventually<T>(
  what: string,
  check: () => Promise<T | undefined>,
  timeoutMs: number,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await sleep(20);
  }
}

export interface ApiProcess {
  url: string;
  child: ChildProcess;
  graphql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GraphQLResponse<T>>;
  health(): Promise<{ status: string; model: string | null }>;
  /** What the process printed on stdout so far (empty unless started with `captureOutput`). */
  output(): string;
  stop(): Promise<void>;
}

/** `npm start` as its own process (dist/src/server/main.js) on a free port, ready once healthy. */
export async function startApiProcess(
  env: NodeJS.ProcessEnv,
  { captureOutput = false } = {},
): Promise<ApiProcess> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [distScript('src', 'server', 'main.js')], {
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', captureOutput ? 'pipe' : 'ignore', 'inherit'],
  });
  let printed = '';
  child.stdout?.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  const api: ApiProcess = {
    url,
    child,
    async graphql(query, variables, token) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
        },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLResponse<never>;
    },
    async health() {
      return (await (await fetch(`${url}/healthz`)).json()) as {
        status: string;
        model: string | null;
      };
    },
    output: () => printed,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await once(child, 'close');
    },
  };
  await eventually(
    `the API process on port ${port} to answer /healthz`,
    async () => {
      if (child.exitCode !== null)
        throw new Error(`the API process exited with code ${child.exitCode}`);
      return api.health().then(
        (health) => (health.status === 'ok' ? health : undefined),
        () => undefined,
      );
    },
    120_000,
  );
  return api;
}
