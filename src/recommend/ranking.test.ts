import { topK } from './ranking';

describe('topK', () => {
  it('returns the best k, best first, ties broken by the lower index', () => {
    expect(Array.from(topK([1, 3, 3, 2], 3))).toEqual([1, 2, 3]);
    expect(Array.from(topK([5, 5, 5, 5], 2))).toEqual([0, 1]);
  });

  it('skips excluded and non-finite scores and handles k beyond the length', () => {
    const scores = [0.5, -Infinity, 2, NaN, 1];
    expect(Array.from(topK(scores, 10))).toEqual([2, 4, 0]);
    expect(Array.from(topK(scores, 10, (i) => i === 2))).toEqual([4, 0]);
    expect(Array.from(topK(scores, 0))).toEqual([]);
  });

  it('matches a full sort on random data', () => {
    const scores = Array.from({ length: 500 }, (_, i) => Math.round(Math.sin(i * 12.9898) * 20));
    const expected = scores
      .map((score, index) => ({ score, index }))
      .sort((a, b) => b.score - a.score || a.index - b.index)
      .slice(0, 37)
      .map((e) => e.index);
    expect(Array.from(topK(scores, 37))).toEqual(expected);
  });
});
