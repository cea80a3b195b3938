import {
  catalogueCoverage,
  mae,
  map,
  mapAtK,
  meanPopularityRank,
  ndcgAtK,
  popularityRanks,
  precisionAtK,
  recallAtK,
  rmse,
} from './metrics';

describe('rating metrics', () => {
  it('computes RMSE and MAE', () => {
    expect(rmse([1, 2], [2, 4])).toBeCloseTo(Math.sqrt(2.5), 12);
    expect(mae([1, 2], [2, 4])).toBeCloseTo(1.5, 12);
    expect(rmse([], [])).toBeNaN();
    expect(() => rmse([1], [1, 2])).toThrow(RangeError);
  });
});

describe('ranking metrics', () => {
  // 'x' is relevant but was never in training, so it can never be ranked; it still counts.
  const ranked = ['a', 'b', 'c', 'd', 'e'];
  const relevant = new Set(['a', 'c', 'x']);

  it('computes precision and recall at k', () => {
    expect(precisionAtK(ranked, relevant, 3)).toBeCloseTo(2 / 3, 12);
    expect(recallAtK(ranked, relevant, 3)).toBeCloseTo(2 / 3, 12);
    // A list shorter than k gets no credit for the gap.
    expect(precisionAtK(['a'], relevant, 10)).toBeCloseTo(0.1, 12);
  });

  it('computes NDCG with binary gains and an ideal over min(k, |relevant|)', () => {
    const dcg = 1 + 1 / Math.log2(4);
    const ideal = 1 + 1 / Math.log2(3) + 1 / Math.log2(4);
    expect(ndcgAtK(ranked, relevant, 3)).toBeCloseTo(dcg / ideal, 12);
    expect(ndcgAtK(ranked, relevant, 3)).toBeCloseTo(0.703918, 6);
  });

  it('normalises NDCG for a user with fewer than k relevant items', () => {
    // One relevant item at position 2 of 10: DCG = 1/log2(3), ideal DCG = 1 (one hit possible).
    const list = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'];
    expect(ndcgAtK(list, new Set(['b']), 10)).toBeCloseTo(1 / Math.log2(3), 12);
    expect(ndcgAtK(['b', 'a'], new Set(['b', 'a']), 10)).toBeCloseTo(1, 12);
  });

  it('distinguishes MAP@k (÷ min(k, |rel|)) from the Recommenders MAP (÷ |rel|)', () => {
    // k = 3: hits at 1 and 3, precisions 1 and 2/3.
    expect(mapAtK(ranked, relevant, 3)).toBeCloseTo((1 + 2 / 3) / 3, 12);
    expect(map(ranked, relevant, 3)).toBeCloseTo((1 + 2 / 3) / 3, 12);
    // k = 2: one hit at 1.
    expect(mapAtK(ranked, relevant, 2)).toBeCloseTo(1 / 2, 12);
    expect(map(ranked, relevant, 2)).toBeCloseTo(1 / 3, 12);
  });

  it('scores users with no relevant items as 0', () => {
    const none = new Set<string>();
    expect(recallAtK(ranked, none, 3)).toBe(0);
    expect(ndcgAtK(ranked, none, 3)).toBe(0);
    expect(mapAtK(ranked, none, 3)).toBe(0);
    expect(map(ranked, none, 3)).toBe(0);
  });
});

describe('catalogue metrics', () => {
  it('computes coverage', () => {
    expect(catalogueCoverage([[0, 1], Int32Array.of(1, 2)], 10)).toBeCloseTo(0.3, 12);
  });

  it('ranks popularity with ties to the lower index and averages the ranks', () => {
    const ranks = popularityRanks([5, 10, 5, 1]);
    expect(Array.from(ranks)).toEqual([2, 1, 3, 4]);
    expect(meanPopularityRank([[0, 1], [3]], ranks)).toBeCloseTo(7 / 3, 12);
  });
});
