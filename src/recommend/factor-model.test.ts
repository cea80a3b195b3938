import { RatingDataset, type RawRating } from './dataset';
import { FactorModel } from './factor-model';
import { rmse } from './evaluation/metrics';
import { gaussian, mulberry32 } from './random';

/** 200×150 rank-3 matrix around 3, noise σ = 0.1, 30% observed; the rest held out. */
function lowRankProblem(): { train: RawRating[]; heldOut: RawRating[]; truth: RawRating[] } {
  const random = mulberry32(7);
  const users = 200;
  const items = 150;
  const rank = 3;
  const u = Array.from({ length: users * rank }, () => gaussian(random) * 0.6);
  const v = Array.from({ length: items * rank }, () => gaussian(random) * 0.6);
  const train: RawRating[] = [];
  const heldOut: RawRating[] = [];
  const truth: RawRating[] = [];
  for (let a = 0; a < users; a++) {
    for (let b = 0; b < items; b++) {
      let value = 3;
      for (let f = 0; f < rank; f++) value += u[a * rank + f] * v[b * rank + f];
      const ids = { userId: `u${a}`, movieId: `m${b}` };
      if (random() < 0.3) train.push({ ...ids, rating: value + 0.1 * gaussian(random) });
      else {
        heldOut.push({ ...ids, rating: value });
        truth.push({ ...ids, rating: value });
      }
    }
  }
  return { train, heldOut, truth };
}

describe('FactorModel', () => {
  const { train, heldOut } = lowRankProblem();
  // A wide scale so clipping does not hide the fit.
  const data = RatingDataset.fromRatings(train, { scale: { min: -100, max: 100 } });
  const model = FactorModel.fit(data, {
    factors: 3,
    epochs: 200,
    learningRate: 0.01,
    biasLearningRate: 0.01,
    regularisation: 0.01,
    biasRegularisation: 0.01,
  });

  it('recovers a noisy rank-3 matrix to near the noise level on held-out entries', () => {
    const predicted = heldOut.map(
      (r) => model.predict(data.userIndex(r.userId), data.itemIndex(r.movieId)).estimate,
    );
    const error = rmse(
      predicted,
      heldOut.map((r) => r.rating),
    );
    expect(error).toBeLessThan(0.15);
  });

  it('is deterministic for a seed', () => {
    const again = FactorModel.fit(data, { factors: 3, epochs: 5 });
    const once = FactorModel.fit(data, { factors: 3, epochs: 5 });
    expect(Array.from(again.itemFactors)).toEqual(Array.from(once.itemFactors));
    const otherSeed = FactorModel.fit(data, { factors: 3, epochs: 5, seed: 1 });
    expect(Array.from(otherSeed.itemFactors)).not.toEqual(Array.from(once.itemFactors));
  });

  it('folds in a known user close to the trained vector', () => {
    const u = 0;
    const folded = model.foldInUser(data.userRatings(u));
    expect(folded.ratingCount).toBe(data.userCount(u));
    const trained: number[] = [];
    const viaFold: number[] = [];
    for (let i = 0; i < data.nItems; i++) {
      trained.push(model.predict(u, i).estimate);
      viaFold.push(model.predictFolded(folded, i).estimate);
    }
    expect(rmse(viaFold, trained)).toBeLessThan(0.1);
  });

  it('reflects a new rating without retraining', () => {
    const ratings = data.userRatings(3);
    const target = ratings[0].itemIndex;
    const before = model.predictFolded(model.foldInUser(ratings), target).estimate;
    const raised = ratings.map((r) =>
      r.itemIndex === target ? { ...r, rating: r.rating + 3 } : r,
    );
    const after = model.predictFolded(model.foldInUser(raised), target).estimate;
    expect(after).toBeGreaterThan(before);
  });

  it('folds in a user with no usable ratings as unknown', () => {
    const folded = model.foldInUser([{ itemIndex: -5, rating: 4 }]);
    expect(folded.ratingCount).toBe(0);
    const prediction = model.predictFolded(folded, 0);
    expect(prediction.fallback).toBe('unknown-user');
    expect(prediction.estimate).toBeCloseTo(data.globalMean + model.itemBias[0], 10);
  });
});
