import { RatingDataset } from './dataset';
import {
  EaseModel,
  interactions,
  precisionByGram,
  precisionByWoodbury,
  type GramSystem,
} from './ease';
import { mulberry32 } from './random';

/** 3×3 inverse by the adjugate, as a hand check. */
function inverse3(m: number[]): number[] {
  const [a, b, c, d, e, f, g, h, i] = m;
  const det = a * (e * i - f * h) - b * (d * i - f * g) + c * (d * h - e * g);
  return [
    e * i - f * h,
    c * h - b * i,
    b * f - c * e,
    f * g - d * i,
    a * i - c * g,
    c * d - a * f,
    d * h - e * g,
    b * g - a * h,
    a * e - b * d,
  ].map((x) => x / det);
}

describe('EaseModel', () => {
  // X (users × items A, B, C): u1 {A, B}, u2 {A, B, C}, u3 {B, C}, u4 {A}.
  const data = RatingDataset.fromRatings(
    [
      ['u1', 'A'],
      ['u1', 'B'],
      ['u2', 'A'],
      ['u2', 'B'],
      ['u2', 'C'],
      ['u3', 'B'],
      ['u3', 'C'],
      ['u4', 'A'],
    ].map(([userId, movieId]) => ({ userId, movieId, rating: 4 })),
  );
  const lambda = 1;
  const model = EaseModel.fit(data, {
    lambda,
    minItemSupport: 1,
    popularityPenalty: 0,
    userWeightExponent: 0,
  });

  it('matches the closed form B = I − P·diag(1/diag P), P = (XᵀX + λI)⁻¹', () => {
    // XᵀX: diagonal = item counts (3, 3, 2); off-diagonal = co-occurrences AB 2, AC 1, BC 2.
    const p = inverse3([3 + lambda, 2, 1, 2, 3 + lambda, 2, 1, 2, 2 + lambda]);
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 3; j++) {
        const expected = i === j ? 0 : -p[i * 3 + j] / p[j * 3 + j];
        expect(model.weights[i * 3 + j]).toBeCloseTo(expected, 12);
      }
    }
  });

  it('has a zero diagonal and scores users by x_u·B', () => {
    for (let i = 0; i < 3; i++) expect(model.weights[i * 3 + i]).toBe(0);
    // u4 only has A: its scores are row A of B.
    const { scores, fallback } = model.scoreItems(data.userIndex('u4'));
    expect(fallback).toBeNull();
    expect(Array.from(scores)).toEqual(Array.from(model.weights.subarray(0, 3)));
    // u1 has A and B: rows A + B.
    const u1 = model.scoreItems(data.userIndex('u1')).scores;
    for (let j = 0; j < 3; j++)
      expect(u1[j]).toBeCloseTo(model.weights[j] + model.weights[3 + j], 12);
  });

  it('computes the same P by the Gram inverse and by Woodbury, with weights and penalties', () => {
    const random = mulberry32(11);
    const ratings = Array.from({ length: 400 }, () => ({
      userId: `u${Math.floor(random() * 25)}`,
      movieId: `m${Math.floor(random() * 60)}`,
      rating: 3,
    }));
    const many = RatingDataset.fromRatings(ratings);
    const items = Int32Array.from({ length: many.nItems }, (_, i) => i);
    const x = interactions(many, items);
    const system: GramSystem = {
      x,
      nItems: items.length,
      userWeights: Float64Array.from({ length: x.nUsers }, () => 0.2 + random()),
      penalties: Float64Array.from({ length: items.length }, () => 1 + 5 * random()),
    };
    expect(x.nUsers).toBeLessThan(items.length);
    const byGram = precisionByGram(system);
    const byWoodbury = precisionByWoodbury(system);
    for (let e = 0; e < byGram.length; e++) expect(byWoodbury[e]).toBeCloseTo(byGram[e], 10);
  });

  it('leaves rarely seen items out and never ranks them', () => {
    const sparse = EaseModel.fit(data, { minItemSupport: 3 });
    expect(Array.from(sparse.items).map((i) => data.itemIds[i])).toEqual(['A', 'B']);
    const { scores } = sparse.scoreItems(data.userIndex('u1'));
    expect(scores[data.itemIndex('C')]).toBe(-Infinity);
  });

  it('falls back to popularity for users it knows nothing about', () => {
    const unknown = model.scoreItems(-1);
    expect(unknown.fallback).toBe('unknown-user');
    expect(Array.from(unknown.scores)).toEqual([3, 3, 2]);
    expect(model.scoreInteractions([]).fallback).toBe('no-interactions');
    expect(model.scoreInteractions([0]).scores).toEqual(
      model.scoreItems(data.userIndex('u4')).scores,
    );
  });
});
