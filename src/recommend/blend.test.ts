import { BaselineModel } from './baseline';
import { BlendModel, learnBlendWeights } from './blend';
import { RatingDataset } from './dataset';
import { mulberry32 } from './random';

describe('learnBlendWeights', () => {
  it('recovers exact linear weights without a penalty', () => {
    const random = mulberry32(1);
    const a = Float64Array.from({ length: 50 }, () => 1 + 4 * random());
    const b = Float64Array.from({ length: 50 }, () => 1 + 4 * random());
    const targets = a.map((x, n) => 0.5 + 0.3 * x + 0.6 * b[n]);
    const weights = learnBlendWeights([a, b], targets, 0);
    expect(weights[0]).toBeCloseTo(0.5, 9);
    expect(weights[1]).toBeCloseTo(0.3, 9);
    expect(weights[2]).toBeCloseTo(0.6, 9);
  });
});

describe('BlendModel', () => {
  // Ratings with real user and item effects, so a baseline has something to predict.
  const random = mulberry32(2);
  const data = RatingDataset.fromRatings(
    Array.from({ length: 800 }, () => {
      const user = Math.floor(random() * 30);
      const item = Math.floor(random() * 30);
      return {
        userId: `u${user}`,
        movieId: `m${item}`,
        rating: Math.round(1 + user / 10 + item / 15 + random()),
      };
    }),
  );

  it('combines components with its weights and clips', () => {
    const baseline = BaselineModel.fit(data);
    const doubled = new BlendModel(data, [baseline], Float64Array.of(0, 2));
    expect(doubled.predict(0, 0).estimate).toBe(data.clip(2 * baseline.predict(0, 0).estimate));
    expect(doubled.predict(-1, 0).fallback).toBe('unknown-user');
  });

  it('rejects components fitted on another dataset or a wrong number of weights', () => {
    const other = RatingDataset.fromRatings(data.toRatings());
    const baseline = BaselineModel.fit(other);
    expect(() => new BlendModel(data, [baseline], Float64Array.of(0, 1))).toThrow();
    expect(() => new BlendModel(other, [baseline], Float64Array.of(1))).toThrow(RangeError);
  });

  it('learns weights on held-out ratings and refits the components on all data', () => {
    const blend = BlendModel.fit(data, [{ name: 'baseline', fit: (d) => BaselineModel.fit(d) }]);
    expect(blend.components[0].data).toBe(data);
    expect(blend.weights).toHaveLength(2);
    expect(blend.weights[1]).toBeGreaterThan(0);
  });
});
