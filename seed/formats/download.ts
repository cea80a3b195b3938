import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { isNativeError } from 'node:util/types';
import type { ReadableStream } from 'node:stream/web';
import { openPromise as openZip } from 'yauzl';
import { DatasetError } from './dataset-error';
import { detectMovieLensFormat } from './movielens-format';

export const MOVIELENS_DOWNLOADS = [
  'ml-latest-small',
  'ml-100k',
  'ml-1m',
  'ml-25m',
  'ml-32m',
  'ml-latest',
] as const;

export type MovieLensDownload = (typeof MOVIELENS_DOWNLOADS)[number];

export interface DownloadOptions {
  /** Where the zips are served from; GroupLens's site unless set. */
  baseUrl?: string;
  /** How long to wait for the server to start answering; 30 s unless set. */
  timeoutMs?: number;
}

const GROUPLENS = 'https://files.grouplens.org/datasets/movielens';

function manualSteps(url: string): string {
  return `Download ${url} elsewhere, unzip it, and pass the folder: npm run seed -- movielens <folder>`;
}

// fetch reports "fetch failed" and keeps the useful part ("connect ECONNREFUSED …") in `cause`.
// isNativeError, unlike instanceof, also recognises errors made in another realm (jest's sandbox).
function failureDetail(error: unknown): string {
  const cause: unknown = isNativeError(error) ? error.cause : undefined;
  if (isNativeError(cause)) return cause.message;
  return isNativeError(error) ? error.message : String(error);
}

async function fetchZip(url: string, timeoutMs: number): Promise<Response> {
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new Error(`no answer within ${timeoutMs} ms`)),
    timeoutMs,
  );
  try {
    return await fetch(url, { signal: controller.signal });
  } catch (error) {
    throw new DatasetError(
      `Cannot download ${url}: no network is reachable from this machine (${failureDetail(error)}). ${manualSteps(url)}`,
    );
  } finally {
    // Only the wait for an answer is bounded: a large zip may take long to arrive.
    clearTimeout(timer);
  }
}

async function saveZip(url: string, response: Response, zipFile: string): Promise<void> {
  if (!response.ok || !response.body) {
    throw new DatasetError(`${url} answered HTTP ${response.status}. ${manualSteps(url)}`);
  }
  try {
    await pipeline(Readable.fromWeb(response.body as ReadableStream), createWriteStream(zipFile));
  } catch (error) {
    throw new DatasetError(
      `Downloading ${url} broke off (${failureDetail(error)}). ${manualSteps(url)}`,
    );
  }
}

// yauzl rejects entries with absolute paths or "..", so every file lands inside destDir.
async function unzip(zipFile: string, destDir: string): Promise<void> {
  const zip = await openZip(zipFile);
  try {
    for await (const entry of zip.eachEntry()) {
      const target = path.join(destDir, entry.fileName);
      if (entry.fileName.endsWith('/')) {
        await mkdir(target, { recursive: true });
        continue;
      }
      await mkdir(path.dirname(target), { recursive: true });
      await pipeline(await zip.openReadStreamPromise(entry), createWriteStream(target));
    }
  } finally {
    zip.close();
  }
}

/**
 * Downloads a MovieLens release from GroupLens and unpacks it into `destDir`; returns the
 * dataset's folder, e.g. `<destDir>/ml-latest-small`.
 */
export async function downloadMovieLens(
  name: MovieLensDownload,
  destDir: string,
  { baseUrl = GROUPLENS, timeoutMs = 30_000 }: DownloadOptions = {},
): Promise<string> {
  const url = `${baseUrl}/${name}.zip`;
  const response = await fetchZip(url, timeoutMs);
  await mkdir(destDir, { recursive: true });
  const zipFile = path.join(destDir, `${name}.zip`);
  try {
    await saveZip(url, response, zipFile);
    await unzip(zipFile, destDir);
  } finally {
    await rm(zipFile, { force: true });
  }
  const folder = path.join(destDir, name);
  await detectMovieLensFormat(folder);
  return folder;
}
