import path from 'node:path';
/**
 * Offline accuracy and speed of the recommender maths on MovieLens ml-latest-small.
 *
 *   npx tsc -p tsconfig.json --outDir /tmp/rg-bench && node /tmp/rg-bench/bench/recommend-maths.js
 *
 * Modes (first argument): `evaluate` (default) runs the 5-fold RMSE of baseline, MF and item-kNN
 * (the served blend of the three is measured by `npm run eval`), the 75/25 per-user top-N of EASE and popularity, and the Cholesky timing;
 * `tune <model> '<json grid>'` scores option sets for `mf`, `knn` or `ease` on a validation split
 * carved from training data only (fold 0's training ratings / the top-N training ratings).
 * ML_LATEST_SMALL overrides the ratings.csv path.
 */
import { existsSync, readFileSync } from 'node:fs';
import { BaselineModel } from '../src/recommend/baseline';
import { invertSpd } from '../src/recommend/cholesky';
import { RECOMMENDER_DEFAULTS } from '../src/recommend/config';
import { RatingDataset, type RawRating } from '../src/recommend/dataset';
import { EaseModel, type EaseOptions } from '../src/recommend/ease';
import {
  predictRatings,
  rankForTestUsers,
  scoreRankings,
  scoreRatings,
  type Scores,
} from '../src/recommend/evaluation/scores';
import { FactorModel, type FactorModelOptions } from '../src/recommend/factor-model';
import { ItemKnnModel, type ItemKnnOptions } from '../src/recommend/item-knn';
import type { ItemScorer, RatingModel } from '../src/recommend/model';
import { PopularityModel } from '../src/recommend/popularity';
import { mulberry32 } from '../src/recommend/random';
import { mlLatestSmall } from '../seed/shared-datasets';
import { kFoldSplits, perUserSplit, randomSplit, type Split } from '../src/recommend/splits';

const RATINGS = process.env.ML_LATEST_SMALL ?? path.join(mlLatestSmall, 'ratings.csv');
const SEED = RECOMMENDER_DEFAULTS.seed;
const TOP_K = 10;

function loadRatings(path: string): RawRating[] {
  const lines = readFileSync(path, 'utf8').trim().split('\n');
  return lines.slice(1).map((line) => {
    const [userId, movieId, rating] = line.split(',');
    return { userId, movieId, rating: Number(rating) };
  });
}

function timed<T>(run: () => T): [T, number] {
  const start = process.hrtime.bigint();
  const result = run();
  return [result, Number(process.hrtime.bigint() - start) / 1e9];
}

const fmt = (value: number, digits = 4): string => value.toFixed(digits);

function evaluateRatingModels(ratings: RawRating[]): void {
  const folds = kFoldSplits(ratings, 5, SEED);
  const names = ['baseline', 'mf', 'item-knn'];
  const results = new Map(
    names.map((name) => [name, { rmse: [] as number[], seconds: [] as number[] }]),
  );
  const record = (name: string, model: RatingModel, test: RawRating[], seconds: number): void => {
    const entry = results.get(name)!;
    entry.rmse.push(rmseOf(model, test));
    entry.seconds.push(seconds);
  };
  folds.forEach(({ train, test }, fold) => {
    const data = RatingDataset.fromRatings(train);
    const [baseline, baselineSeconds] = timed(() => BaselineModel.fit(data));
    const [mf, mfSeconds] = timed(() => FactorModel.fit(data));
    const [knn, knnSeconds] = timed(() => ItemKnnModel.fit(data));
    record('baseline', baseline, test, baselineSeconds);
    record('mf', mf, test, mfSeconds);
    record('item-knn', knn, test, knnSeconds);
    console.log(
      `  fold ${fold}: ` +
        names.map((name) => `${name} ${fmt(results.get(name)!.rmse[fold])}`).join(', '),
    );
  });
  console.log('5-fold RMSE (mean ± sd over folds; fold 0 never touched by tuning), train seconds:');
  for (const [name, { rmse, seconds }] of results) {
    const mean = rmse.reduce((a, b) => a + b, 0) / rmse.length;
    const sd = Math.sqrt(rmse.reduce((a, b) => a + (b - mean) ** 2, 0) / (rmse.length - 1));
    const secs = seconds.reduce((a, b) => a + b, 0) / seconds.length;
    console.log(
      `  ${name.padEnd(20)} RMSE ${fmt(mean)} ± ${fmt(sd)}  fold0 ${fmt(rmse[0])}  train ${fmt(secs, 2)} s`,
    );
  }
  const all = RatingDataset.fromRatings(ratings);
  const [, fullSeconds] = timed(() => FactorModel.fit(all));
  console.log(`  mf on all ${all.nRatings} ratings: ${fmt(fullSeconds, 2)} s`);
}

const rmseOf = (model: RatingModel, test: RawRating[]): number =>
  scoreRatings(predictRatings(model, test), test).rmse!;

function topN(model: ItemScorer, test: RawRating[]): Scores {
  return scoreRankings(rankForTestUsers(model, test, TOP_K), test, model.data, TOP_K);
}

function describeTopN(name: string, result: Scores, seconds: number): string {
  return (
    `  ${name.padEnd(12)} NDCG@10 ${fmt(result['ndcg@10']!)}  P@10 ${fmt(result['precision@10']!)}` +
    `  R@10 ${fmt(result['recall@10']!)}  MAP@10 ${fmt(result['map@10']!)}` +
    `  MAP(MSR) ${fmt(result.map!)}  coverage ${fmt(result.coverage!)}` +
    `  mean pop rank ${fmt(result.meanPopularityRank!, 1)}  train ${fmt(seconds, 2)} s`
  );
}

function evaluateTopNModels(ratings: RawRating[]): void {
  const { train, test } = perUserSplit(ratings, 0.25, SEED);
  const data = RatingDataset.fromRatings(train);
  console.log(
    `Top-${TOP_K}, per-user 75/25 split (${test.length} test ratings, ${data.nUsers} users):`,
  );
  const models: [string, () => ItemScorer][] = [
    ['ease', () => EaseModel.fit(data)],
    ['popularity', () => PopularityModel.fit(data)],
  ];
  for (const [name, fit] of models) {
    const [model, seconds] = timed(fit);
    const suffix = model instanceof EaseModel ? ` (${model.items.length} items)` : '';
    console.log(describeTopN(name, topN(model, test), seconds) + suffix);
  }
}

function benchCholesky(n: number): void {
  // A random sparse binary X (users × n) makes a Gram matrix shaped like EASE's.
  const random = mulberry32(SEED);
  const users = 600;
  const gram = new Float64Array(n * n);
  for (let u = 0; u < users; u++) {
    const items: number[] = [];
    for (let i = 0; i < n; i++) if (random() < 0.03) items.push(i);
    for (const a of items) for (const b of items) gram[a * n + b]++;
  }
  for (let i = 0; i < n; i++) gram[i * n + i] += 200;
  const original = Float64Array.from(gram);
  const [inverse, seconds] = timed(() => invertSpd(gram, n, true));
  let worst = 0;
  for (let probe = 0; probe < 20; probe++) {
    const i = Math.floor(random() * n);
    const j = Math.floor(random() * n);
    let value = 0;
    for (let t = 0; t < n; t++) value += original[i * n + t] * inverse[t * n + j];
    worst = Math.max(worst, Math.abs(value - (i === j ? 1 : 0)));
  }
  console.log(
    `Cholesky SPD inverse ${n}×${n}: ${fmt(seconds, 2)} s ` +
      `(${fmt(n ** 3 / 2 / seconds / 1e9, 2)} G multiply-adds/s; max |A·A⁻¹ − I| on 20 probes ${worst.toExponential(1)})`,
  );
}

function tune(ratings: RawRating[], model: string, grid: Record<string, unknown>[]): void {
  if (model === 'ease') {
    const outer = perUserSplit(ratings, 0.25, SEED);
    const validation = perUserSplit(outer.train, 0.25, SEED + 1);
    const data = RatingDataset.fromRatings(validation.train);
    for (const options of grid) {
      const [fitted, seconds] = timed(() => EaseModel.fit(data, options as Partial<EaseOptions>));
      console.log(describeTopN(JSON.stringify(options), topN(fitted, validation.test), seconds));
    }
    return;
  }
  const fold0: Split = kFoldSplits(ratings, 5, SEED)[0];
  const validation = randomSplit(fold0.train, 0.2, SEED + 1);
  const data = RatingDataset.fromRatings(validation.train);
  for (const options of grid) {
    const [fitted, seconds] = timed(() =>
      model === 'mf'
        ? FactorModel.fit(data, options as Partial<FactorModelOptions>)
        : ItemKnnModel.fit(data, options as Partial<ItemKnnOptions>),
    );
    const rmse = rmseOf(fitted, validation.test);
    console.log(
      `  ${JSON.stringify(options)} validation RMSE ${fmt(rmse)}  train ${fmt(seconds, 2)} s`,
    );
  }
}

function main(): void {
  if (!existsSync(RATINGS)) {
    console.log(`Skipping: ${RATINGS} not found (set ML_LATEST_SMALL to the ratings.csv path).`);
    return;
  }
  const ratings = loadRatings(RATINGS);
  const [mode = 'evaluate', model = 'mf', grid = '[{}]'] = process.argv.slice(2);
  console.log(
    `ml-latest-small: ${ratings.length} ratings; defaults ${JSON.stringify(RECOMMENDER_DEFAULTS)}`,
  );
  if (mode === 'tune') {
    tune(ratings, model, JSON.parse(grid) as Record<string, unknown>[]);
    return;
  }
  evaluateRatingModels(ratings);
  evaluateTopNModels(ratings);
  benchCholesky(3500);
}

main();
