import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import type { RawRating } from '../recommend/dataset';
import type { Protocol } from './eval-options';
import type { EvalFold } from './protocols';
import { K } from '../recommend/evaluation/scores';

/** `splits.json`: what bench/peers/run_peers.py reads to train the peer libraries. */
export interface SplitManifest {
  dataset: string;
  protocol: Protocol;
  seed: number;
  /** Top-N cut-off; top-N protocols only rank. */
  k: number;
  ratingScale: { min: number; max: number };
  /** File names relative to the manifest; tab-separated `userId movieId rating`, no header. */
  folds: { name: string; train: string; test: string }[];
}

export const MANIFEST_FILE = 'splits.json';

async function writeRatings(file: string, ratings: readonly RawRating[]): Promise<void> {
  const out = createWriteStream(file);
  const chunk = 10_000;
  for (let start = 0; start < ratings.length; start += chunk) {
    const lines = ratings
      .slice(start, start + chunk)
      .map(({ userId, movieId, rating }) => `${userId}\t${movieId}\t${rating}\n`);
    if (!out.write(lines.join('')))
      await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  out.end();
  await finished(out);
}

/** Writes every fold's training and test ratings and the manifest into `dir`. */
export async function writeSplitFiles(
  dir: string,
  header: Omit<SplitManifest, 'folds' | 'k'>,
  folds: readonly EvalFold[],
): Promise<SplitManifest> {
  await mkdir(dir, { recursive: true });
  const manifest: SplitManifest = { ...header, k: K, folds: [] };
  for (const fold of folds) {
    const files = {
      name: fold.name,
      train: `${fold.name}.train.tsv`,
      test: `${fold.name}.test.tsv`,
    };
    await writeRatings(path.join(dir, files.train), fold.train);
    await writeRatings(path.join(dir, files.test), fold.test);
    manifest.folds.push(files);
  }
  await writeFile(path.join(dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
