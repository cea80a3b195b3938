import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { RatingDataset } from '../recommend/dataset';
import type { EvalFold } from './protocols';
import {
  averageScores,
  scoreRankings,
  scoreRatings,
  type Scores,
} from '../recommend/evaluation/scores';

/** `peers/results.json`, written by bench/peers/run_peers.py beside the split files. */
export interface PeerResultsFile {
  /** Package → version, as installed in the venv. */
  libraries: Record<string, string>;
  models: {
    name: string;
    /** `ratings`: `userId movieId prediction` per test row, in order; `top-n`: `userId m1,m2,…`. */
    predictions: 'ratings' | 'top-n';
    folds: { fold: string; file: string; trainSeconds: number }[];
  }[];
}

export const PEER_RESULTS_FILE = path.join('peers', 'results.json');

export interface PeerScores {
  name: string;
  scores: Scores;
}

function tsvRows(text: string): string[][] {
  return text
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => line.split('\t'));
}

function ratingPredictions(text: string, fold: EvalFold, file: string): Float64Array {
  const rows = tsvRows(text);
  if (rows.length !== fold.test.length) {
    throw new Error(`${file}: ${rows.length} predictions for ${fold.test.length} test ratings`);
  }
  return Float64Array.from(rows, ([userId, movieId, value], n) => {
    const expected = fold.test[n];
    if (userId !== expected.userId || movieId !== expected.movieId) {
      throw new Error(
        `${file}:${n + 1}: expected user ${expected.userId}, movie ${expected.movieId}`,
      );
    }
    return Number(value);
  });
}

function rankedLists(text: string): Map<string, string[]> {
  return new Map(
    tsvRows(text).map(([userId, items = '']) => [userId, items ? items.split(',') : []]),
  );
}

/** Scores every peer's predictions with our metric code, fold by fold, then averages them. */
export async function scorePeerResults(
  splitsDir: string,
  folds: readonly EvalFold[],
): Promise<{ libraries: Record<string, string>; models: PeerScores[] }> {
  const results = JSON.parse(
    await readFile(path.join(splitsDir, PEER_RESULTS_FILE), 'utf8'),
  ) as PeerResultsFile;
  const foldByName = new Map(folds.map((fold) => [fold.name, fold]));
  const trainData = new Map<string, RatingDataset>();
  const dataOf = (fold: EvalFold): RatingDataset => {
    if (!trainData.has(fold.name)) trainData.set(fold.name, RatingDataset.fromRatings(fold.train));
    return trainData.get(fold.name)!;
  };
  const models: PeerScores[] = [];
  const filesRead = new Set<string>();
  for (const model of results.models) {
    const perFold: Scores[] = [];
    for (const { fold: name, file, trainSeconds } of model.folds) {
      const fold = foldByName.get(name);
      if (!fold) throw new Error(`${PEER_RESULTS_FILE}: unknown fold ${name}`);
      if (filesRead.has(file)) throw new Error(`${PEER_RESULTS_FILE}: ${file} listed twice`);
      filesRead.add(file);
      const text = await readFile(path.join(splitsDir, file), 'utf8');
      const scores =
        model.predictions === 'ratings'
          ? scoreRatings(ratingPredictions(text, fold, file), fold.test)
          : scoreRankings(rankedLists(text), fold.test, dataOf(fold));
      perFold.push({ ...scores, trainSeconds });
    }
    models.push({ name: model.name, scores: averageScores(perFold) });
  }
  return { libraries: results.libraries, models };
}
