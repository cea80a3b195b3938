import { readFileSync } from 'node:fs';
import { RatingDataset, type RawRating } from '../src/recommend/dataset';
import { EaseModel } from '../src/recommend/ease';
import { evaluateTopN } from '../src/recommend/evaluation';
import { SparseItemModel } from '../src/recommend/item-item/sparse-item-model';
import { perUserSplit } from '../src/recommend/splits';

async function main() {
  const lines = readFileSync(process.argv[2], 'utf8').trim().split('\n').slice(1);
  const ratings: RawRating[] = lines.map((line) => {
    const [userId, movieId, rating] = line.split(',');
    return { userId, movieId, rating: Number(rating) };
  });
  const split = perUserSplit(ratings, 0.25, 42);
  const data = RatingDataset.fromRatings(split.train);
  if (process.argv.includes('--ease')) {
    const t = Date.now();
    const ease = EaseModel.fit(data);
    console.log('ease', evaluateTopN(ease, split.test, 10).ndcg.toFixed(4), Date.now() - t, 'ms');
  }
  for (const spec of process.argv.slice(3).filter((a) => !a.startsWith('--'))) {
    const [k, c, lambda, beta, cg] = spec.split(':').map(Number);
    const t = Date.now();
    const model = await SparseItemModel.fitInParallel(data, {
      neighbours: k,
      candidates: c,
      lambda,
      userWeightExponent: beta,
      minItemSupport: 5,
      threads: 2,
      cgIterations: cg ?? 0,
    });
    const ms = Date.now() - t;
    const acc = evaluateTopN(model, split.test, 10);
    console.log(
      spec,
      'ndcg',
      acc.ndcg.toFixed(4),
      'p',
      acc.precision.toFixed(4),
      ms,
      'ms',
      model.edgeCount,
      'edges',
    );
  }
}
main();
