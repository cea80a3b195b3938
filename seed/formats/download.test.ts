import { mkdtemp, readdir, rm } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { DatasetError } from './dataset-error';
import { downloadMovieLens } from './download';

const MANUAL_STEPS = 'elsewhere, unzip it, and pass the folder: npm run seed -- movielens <folder>';

async function listen(server: http.Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function close(server: http.Server): Promise<void> {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
}

async function failure(promise: Promise<unknown>): Promise<DatasetError> {
  const error = await promise.catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(DatasetError);
  return error as DatasetError;
}

describe('downloadMovieLens when GroupLens cannot be reached', () => {
  let destDir: string;
  beforeEach(async () => {
    destDir = await mkdtemp(path.join(os.tmpdir(), 'reelgraph-download-'));
  });
  afterEach(async () => {
    await rm(destDir, { recursive: true, force: true });
  });

  it('says that no network is reachable and how to load the data by hand', async () => {
    // A port that was just free: nothing listens there, so the connection is refused.
    const server = http.createServer();
    const baseUrl = await listen(server);
    await close(server);
    const url = `${baseUrl}/ml-latest-small.zip`;
    const { message } = await failure(
      downloadMovieLens('ml-latest-small', destDir, { baseUrl, timeoutMs: 2_000 }),
    );
    expect(message).toBe(
      `Cannot download ${url}: no network is reachable from this machine ` +
        `(connect ECONNREFUSED ${baseUrl.slice('http://'.length)}). Download ${url} ${MANUAL_STEPS}`,
    );
    expect(await readdir(destDir)).toEqual([]);
  });

  it('gives up after the timeout when the server never answers', async () => {
    const server = http.createServer(() => {});
    const baseUrl = await listen(server);
    try {
      const { message } = await failure(
        downloadMovieLens('ml-100k', destDir, { baseUrl, timeoutMs: 200 }),
      );
      expect(message).toContain(
        'no network is reachable from this machine (no answer within 200 ms)',
      );
      expect(message).toContain(`Download ${baseUrl}/ml-100k.zip ${MANUAL_STEPS}`);
    } finally {
      await close(server);
    }
  });

  it('reports an HTTP error status with the same advice', async () => {
    const server = http.createServer((_request, response) => response.writeHead(404).end());
    const baseUrl = await listen(server);
    try {
      const { message } = await failure(downloadMovieLens('ml-1m', destDir, { baseUrl }));
      expect(message).toBe(
        `${baseUrl}/ml-1m.zip answered HTTP 404. Download ${baseUrl}/ml-1m.zip ${MANUAL_STEPS}`,
      );
      expect(await readdir(destDir)).toEqual([]);
    } finally {
      await close(server);
    }
  });
});
