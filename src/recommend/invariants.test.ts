import { BaselineModel } from './baseline';
import { RatingDataset } from './dataset';
import { EaseModel } from './ease';
import { FactorModel } from './factor-model';
import { ItemKnnModel } from './item-knn';
import type { ItemScorer, RatingModel } from './model';
import { PopularityModel } from './popularity';
import { mulberry32 } from './random';
import { recommend } from './ranking';

/** Random ratings with a few extreme users and items so raw estimates leave [0.5, 5]. */
function ratingsForInvariants(): RatingDataset {
  const random = mulberry32(5);
  const ratings = Array.from({ length: 900 }, () => {
    const user = Math.floor(random() * 40);
    const item = Math.floor(random() * 35);
    const extreme = user < 3 || item < 3;
    return {
      userId: `u${user}`,
      movieId: `m${item}`,
      rating: extreme ? (user % 2 === 0 ? 5 : 0.5) : 0.5 + Math.floor(random() * 10) / 2,
    };
  });
  return RatingDataset.fromRatings(ratings);
}

const data = ratingsForInvariants();
const ratingModels: [string, () => RatingModel][] = [
  ['baseline', () => BaselineModel.fit(data)],
  ['factor model', () => FactorModel.fit(data, { epochs: 30, regularisation: 0.001 })],
  ['item-knn pearson-baseline', () => ItemKnnModel.fit(data, { similarity: 'pearson-baseline' })],
  ['item-knn centred-cosine', () => ItemKnnModel.fit(data, { similarity: 'centred-cosine' })],
];
const unknownUsers = [-1, data.nUsers, 1.5, NaN];
const unknownItems = [-1, data.nItems, 2.5, NaN];

describe.each(ratingModels)('%s invariants', (_name, fit) => {
  const model = fit();

  it('predicts finite estimates clipped to [0.5, 5] for every known pair', () => {
    for (let u = 0; u < data.nUsers; u++) {
      for (let i = 0; i < data.nItems; i++) {
        const { estimate, fallback } = model.predict(u, i);
        expect(Number.isFinite(estimate)).toBe(true);
        expect(estimate).toBeGreaterThanOrEqual(0.5);
        expect(estimate).toBeLessThanOrEqual(5);
        expect([null, 'no-neighbours']).toContain(fallback);
      }
    }
  });

  it('falls back for unknown users and items and says so', () => {
    for (const u of unknownUsers) {
      const prediction = model.predict(u, 0);
      expect(prediction.fallback).toBe('unknown-user');
      expect(Number.isFinite(prediction.estimate)).toBe(true);
    }
    for (const i of unknownItems) {
      const prediction = model.predict(0, i);
      expect(prediction.fallback).toBe('unknown-item');
      expect(prediction.estimate).toBeGreaterThanOrEqual(0.5);
      expect(prediction.estimate).toBeLessThanOrEqual(5);
    }
    const neither = model.predict(-1, -1);
    expect(neither.fallback).toBe('unknown-user-and-item');
    expect(neither.estimate).toBeCloseTo(data.globalMean, 6);
  });
});

const scorers: [string, () => ItemScorer][] = [
  ['ease', () => EaseModel.fit(data, { minItemSupport: 1 })],
  ['popularity', () => PopularityModel.fit(data)],
  ['factor model', () => FactorModel.fit(data, { epochs: 5 })],
];

describe.each(scorers)('%s top-N invariants', (_name, fit) => {
  const model = fit();

  it('scores every item with finite numbers (or -Infinity when it cannot rank one)', () => {
    for (let u = 0; u < data.nUsers; u++) {
      const { scores, fallback } = model.scoreItems(u);
      expect(scores).toHaveLength(data.nItems);
      expect(fallback).toBeNull();
      for (const score of scores) expect(Number.isFinite(score) || score === -Infinity).toBe(true);
    }
  });

  it('never recommends items the user already rated', () => {
    for (let u = 0; u < data.nUsers; u++) {
      const seen = new Set(data.userRatings(u).map((r) => r.itemIndex));
      const list = recommend(model, u, 10);
      expect(list.length).toBeLessThanOrEqual(10);
      for (const i of list) expect(seen.has(i)).toBe(false);
    }
  });

  it('falls back for unknown users and says so', () => {
    for (const u of unknownUsers) {
      const { scores, fallback } = model.scoreItems(u);
      expect(fallback).toBe('unknown-user');
      for (const score of scores) expect(Number.isFinite(score)).toBe(true);
      expect(recommend(model, u, 5)).toHaveLength(5);
    }
  });
});
