import { readFileSync } from 'node:fs';
import path from 'node:path';
import { hasSharedDatasets, mlLatestSmall } from '../../seed/shared-datasets';
import { describeWithSharedData } from '../../test/support/shared-data';
import { RatingDataset, type RawRating } from './dataset';
import { RECOMMENDER_DEFAULTS } from './config';
import { EaseModel } from './ease';
import { SparseItemModel } from './item-item/sparse-item-model';
import { predictRatings, rankForTestUsers, scoreRankings, scoreRatings } from './evaluation/scores';
import { FactorModel } from './factor-model';
import { ItemKnnModel } from './item-knn';
import type { RatingModel } from './model';
import { kFoldSplits, perUserSplit } from './splits';

const RATINGS = path.join(mlLatestSmall, 'ratings.csv');

function loadRatings(): RawRating[] {
  return readFileSync(RATINGS, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      const [userId, movieId, rating] = line.split(',');
      return { userId, movieId, rating: Number(rating) };
    });
}

/** Regression guards on real data; bench/recommend-maths.ts measures the full 5-fold numbers. */
describeWithSharedData('ml-latest-small', () => {
  const ratings = hasSharedDatasets ? loadRatings() : [];

  it('trains the factor model on all ratings and fits them closely', () => {
    const data = RatingDataset.fromRatings(ratings);
    expect(data.nRatings).toBe(100836);
    const mf = FactorModel.fit(data);
    // Training time is a benchmark's job (npm run bench:train), never a test's.
    expect(scoreRatings(predictRatings(mf, ratings), ratings).rmse).toBeLessThan(0.8);
  }, 60_000);

  it('learns sparse item–item weights about as accurate as dense EASE, K per movie at most', () => {
    const { train, test } = perUserSplit(ratings, 0.25, 42);
    const data = RatingDataset.fromRatings(train);
    const sparse = SparseItemModel.fit(data, RECOMMENDER_DEFAULTS.itemItem);
    const result = scoreRankings(rankForTestUsers(sparse, test), test, data);
    expect(result['ndcg@10']).toBeGreaterThan(0.39);
    expect(sparse.edgeCount).toBeLessThanOrEqual(
      data.nItems * RECOMMENDER_DEFAULTS.itemItem.neighbours,
    );
  }, 300_000);

  it('keeps fold-0 RMSE of MF and item-kNN at the tuned level', () => {
    const [{ train, test }] = kFoldSplits(ratings, 5, 42);
    const data = RatingDataset.fromRatings(train);
    const rmseOf = (model: RatingModel) => scoreRatings(predictRatings(model, test), test).rmse;
    expect(rmseOf(FactorModel.fit(data))).toBeLessThan(0.855);
    expect(rmseOf(ItemKnnModel.fit(data))).toBeLessThan(0.86);
  }, 60_000);

  it('keeps EASE top-10 accuracy on the per-user 75/25 split', () => {
    const { train, test } = perUserSplit(ratings, 0.25, 42);
    const data = RatingDataset.fromRatings(train);
    const result = scoreRankings(rankForTestUsers(EaseModel.fit(data), test), test, data);
    expect(result['ndcg@10']).toBeGreaterThan(0.39);
    expect(result['precision@10']).toBeGreaterThan(0.345);
  }, 60_000);
});
