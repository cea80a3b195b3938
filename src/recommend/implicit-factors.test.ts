import { RatingDataset, type RawRating } from './dataset';
import { gram, ImplicitFactorModel, type ImplicitFactorOptions } from './implicit-factors';
import { mulberry32 } from './random';

const OPTIONS: ImplicitFactorOptions = {
  factors: 4,
  epochs: 12,
  regularisation: 0.5,
  regularisationExponent: 0,
  unobservedWeight: 0.1,
  cgSteps: 4,
  initStd: 0.1,
  seed: 3,
};

/**
 * Two tastes: users u0–u29 watch about half of the movies a0–a19, users u30–u59 half of b0–b19.
 * Nobody crosses over.
 */
function twoTastes(): RawRating[] {
  const random = mulberry32(11);
  const ratings: RawRating[] = [];
  for (let user = 0; user < 60; user++) {
    const group = user < 30 ? 'a' : 'b';
    for (let movie = 0; movie < 20; movie++) {
      if (random() < 0.5)
        ratings.push({ userId: `u${user}`, movieId: `${group}${movie}`, rating: 4 });
    }
  }
  return ratings;
}

describe('ImplicitFactorModel', () => {
  const data = RatingDataset.fromRatings(twoTastes());
  const model = ImplicitFactorModel.fit(data, OPTIONS);
  const index = (id: string) => data.itemIndex(id);

  it('places someone who watched a few films of one taste nearer that taste’s other films', () => {
    const profile = model.foldIn(['a0', 'a1', 'a2'].map(index));
    const unseenA = Array.from({ length: 17 }, (_, n) => model.score(profile, index(`a${n + 3}`)));
    const allB = Array.from({ length: 20 }, (_, n) => model.score(profile, index(`b${n}`)));
    expect(Math.min(...unseenA)).toBeGreaterThan(Math.max(...allB));
    expect(Math.min(...unseenA)).toBeGreaterThan(0.1);
  });

  it('folds a user in by solving (α₀·YᵀY + Σ y yᵀ + λI)·x = Σ y', () => {
    const items = ['b1', 'b4', 'b7', 'b9', 'b15'].map(index);
    const x = model.foldIn(items);
    const { factors: k, unobservedWeight, regularisation } = OPTIONS;
    const y = (item: number, f: number) => model.itemFactors[item * k + f];
    for (let a = 0; a < k; a++) {
      let left = regularisation * x[a];
      for (let b = 0; b < k; b++) left += unobservedWeight * model.itemGram[a * k + b] * x[b];
      for (const item of items) {
        let projection = 0;
        for (let f = 0; f < k; f++) projection += y(item, f) * x[f];
        left += projection * y(item, a);
      }
      const right = items.reduce((sum, item) => sum + y(item, a), 0);
      expect(left).toBeCloseTo(right, 10);
    }
  });

  it('adds weight · profile · y_i to the movies it knows that already have a score', () => {
    const profile = model.foldIn([index('a5')]);
    const scores = new Float64Array(data.nItems + 2).fill(1);
    scores[index('a7')] = 0;
    model.addScoresWhereNonZero(profile, 2, scores);
    expect(model.score(profile, index('a6'))).toBeGreaterThan(0.01);
    expect(scores[index('a6')]).toBeCloseTo(1 + 2 * model.score(profile, index('a6')), 12);
    expect(scores[index('a7')]).toBe(0);
    expect(scores[data.nItems + 1]).toBe(1);
    expect(model.score(profile, data.nItems + 1)).toBe(0);
    expect(model.score(profile, -1)).toBe(0);
  });

  it('subtracts the offset from the match of every movie it adds', () => {
    const profile = model.foldIn([index('b2')]);
    const scores = new Float64Array(data.nItems).fill(1);
    model.addScoresWhereNonZero(profile, 2, scores, 0.25);
    expect(scores[index('b3')]).toBeCloseTo(1 + 2 * (model.score(profile, index('b3')) - 0.25), 12);
  });

  it('averages the item factors over the ratings: a movie rated twice counts twice', () => {
    const [a, b] = [index('a0'), index('b0')];
    const mean = model.watchedMean((item) => (item === a ? 2 : item === b ? 1 : 0));
    const k = OPTIONS.factors;
    const expected = Array.from(
      { length: k },
      (_, f) => (2 * model.itemFactors[a * k + f] + model.itemFactors[b * k + f]) / 3,
    );
    expect(Array.from(mean)).toEqual(expected.map((value) => expect.closeTo(value, 12)));
    expect(Array.from(model.watchedMean(() => 0))).toEqual([0, 0, 0, 0]);
  });

  it('gives the zero profile to someone whose films it does not know', () => {
    expect(Array.from(model.foldIn([-1, data.nItems + 5]))).toEqual([0, 0, 0, 0]);
  });

  it('rebuilds from its state with the same scores', () => {
    const copy = ImplicitFactorModel.fromState(model.state());
    const profile = copy.foldIn(['a0', 'a3'].map(index));
    expect(Array.from(profile)).toEqual(Array.from(model.foldIn(['a0', 'a3'].map(index))));
    expect(copy.nItems).toBe(data.nItems);
  });
});

describe('gram', () => {
  it('is FᵀF', () => {
    // F = [[1, 2], [3, 4], [0, -1]] → FᵀF = [[10, 14], [14, 21]].
    expect(Array.from(gram(Float64Array.from([1, 2, 3, 4, 0, -1]), 2))).toEqual([10, 14, 14, 21]);
  });
});
