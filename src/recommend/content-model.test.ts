import { ContentModel } from './content-model';

/**
 * N = 4 items; document frequencies Horror 3, Carpenter 2, Comedy 2, Kurt Russell 1, so
 * idf = ln(5 / (1 + df)) + 1: Horror h = ln(5/4) + 1, Carpenter c = Comedy = ln(5/3) + 1,
 * Kurt Russell r = ln(5/2) + 1.
 */
const items = [
  ['genre:Horror', 'director:John Carpenter'],
  ['genre:Horror', 'genre:Comedy'],
  ['genre:Comedy'],
  ['genre:Horror', 'cast:Kurt Russell', 'director:John Carpenter', 'genre:Horror'],
];
const h = Math.log(5 / 4) + 1;
const c = Math.log(5 / 3) + 1;
const r = Math.log(5 / 2) + 1;

describe('ContentModel', () => {
  const model = ContentModel.fit(items);

  it('matches hand-computed TF-IDF cosines', () => {
    // Items 0 and 3 share Horror and Carpenter; 3 adds Kurt Russell.
    expect(model.similarity(0, 3)).toBeCloseTo(
      (h * h + c * c) / (Math.sqrt(h * h + c * c) * Math.sqrt(h * h + c * c + r * r)),
      12,
    );
    expect(model.similarity(0, 3)).toBeCloseTo(0.7121, 4);
    // Items 0 and 1 share only Horror.
    expect(model.similarity(0, 1)).toBeCloseTo((h * h) / (h * h + c * c), 12);
    expect(model.similarity(1, 2)).toBeCloseTo(c / Math.sqrt(h * h + c * c), 12);
    expect(model.similarity(0, 2)).toBe(0);
    expect(model.similarity(2, 2)).toBeCloseTo(1, 12);
    expect(model.similarity(0, 17)).toBe(0);
  });

  it('weights feature types', () => {
    const castHeavy = ContentModel.fit(items, { typeWeights: { cast: 10 } });
    expect(castHeavy.similarity(0, 3)).toBeLessThan(model.similarity(0, 3));
    expect(castHeavy.similarity(0, 1)).toBeCloseTo(model.similarity(0, 1), 12);
  });

  it('builds a mean-centred user profile and scores items by cosine', () => {
    // Liked the Carpenter horror, disliked the comedy: horror scores up, comedy down.
    const profile = model.userProfile([
      { itemIndex: 0, rating: 5 },
      { itemIndex: 2, rating: 1 },
    ]);
    expect(profile.fallback).toBeNull();
    const scores = model.scoreItems(profile);
    expect(scores[3]).toBeGreaterThan(scores[1]);
    expect(scores[1]).toBeGreaterThan(scores[2]);
    expect(scores[2]).toBeLessThan(0);
    // Profile = 2·v0 − 2·v2, normalised; v0 ⟂ v2, so cos(profile, v0) = 1/√2.
    expect(scores[0]).toBeCloseTo(Math.SQRT1_2, 12);
  });

  it('uses the plain sum when centring would erase every rating, and falls back when empty', () => {
    const single = model.userProfile([{ itemIndex: 2, rating: 4 }]);
    expect(single.fallback).toBeNull();
    expect(model.scoreItems(single)[2]).toBeCloseTo(1, 12);
    const unknown = model.userProfile([{ itemIndex: 99, rating: 5 }]);
    expect(unknown.fallback).toBe('unknown-user');
    expect(Array.from(model.scoreItems(unknown))).toEqual([0, 0, 0, 0]);
  });
});
