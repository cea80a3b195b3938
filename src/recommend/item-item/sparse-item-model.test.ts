import { solveSpd } from '../cholesky';
import { solveShiftedCg } from '../conjugate-gradient';
import { RatingDataset } from '../dataset';
import { mulberry32 } from '../random';
import { SparseItemModel, type SparseItemOptions } from './sparse-item-model';

function randomData(): RatingDataset {
  const random = mulberry32(3);
  const ratings = [];
  for (let u = 0; u < 80; u++) {
    for (let i = 0; i < 30; i++) {
      // Two taste groups, so co-occurrence has structure.
      const likes = (u % 2 === 0) === (i % 2 === 0) ? 0.6 : 0.15;
      if (random() < likes) ratings.push({ userId: `u${u}`, movieId: `m${i}`, rating: 4 });
    }
  }
  return RatingDataset.fromRatings(ratings);
}

const options: SparseItemOptions = {
  neighbours: 8,
  candidates: 30,
  lambda: 5,
  userWeightExponent: 0,
  minItemSupport: 1,
  dropout: 0,
  coOccurrenceCap: 1000,
  cgIterations: 0,
  threads: 2,
};

describe('SparseItemModel', () => {
  const data = randomData();

  it.each([0, 0.3])(
    'solves each movie on its K most co-occurring movies, exactly the restricted ridge regression (dropout %s)',
    (dropout) => {
      const model = SparseItemModel.fit(data, { ...options, dropout });
      expect(model.edgeCount).toBeLessThanOrEqual(data.nItems * options.neighbours);
      // Rebuild target 0's regression by hand: its sources are the movies with a weight into it.
      const target = 0;
      const sources = Array.from({ length: data.nItems }, (_, j) => j).filter(
        (j) => model.weight(j, target) !== 0,
      );
      expect(sources).toHaveLength(options.neighbours);
      const column = (i: number) =>
        Float64Array.from({ length: data.nUsers }, (_, u) =>
          data.userRatings(u).some((r) => r.itemIndex === i) ? 1 : 0,
        );
      const dot = (a: Float64Array, b: Float64Array) => a.reduce((sum, v, n) => sum + v * b[n], 0);
      const n = sources.length;
      const gram = new Float64Array(n * n);
      // EDLAE: the diagonal grows by dropout / (1 − dropout) of itself, then λ.
      sources.forEach((a, p) =>
        sources.forEach(
          (b, q) =>
            (gram[p * n + q] =
              p === q
                ? dot(column(a), column(a)) / (1 - dropout) + options.lambda
                : dot(column(a), column(b))),
        ),
      );
      const expected = solveSpd(
        gram,
        n,
        Float64Array.from(sources, (j) => dot(column(j), column(target))),
      );
      sources.forEach((j, p) => expect(model.weight(j, target)).toBeCloseTo(expected[p], 4));
    },
  );

  it('gives the same weights on worker threads as on one thread', async () => {
    const alone = SparseItemModel.fit(data, options);
    const shared = await SparseItemModel.fitInParallel(data, options);
    expect([...shared.state().weights]).toEqual([...alone.state().weights]);
    expect([...shared.state().targets]).toEqual([...alone.state().targets]);
  });

  it("scores a user as the sum of their movies' outgoing weights", () => {
    const model = SparseItemModel.fit(data, options);
    const { scores } = model.scoreItems(0);
    const rated = data.userRatings(0).map((r) => r.itemIndex);
    expect(rated.length).toBeGreaterThan(0);
    const expected = Array.from({ length: data.nItems }, (_, i) =>
      rated.reduce((sum, j) => sum + model.weight(j, i), 0),
    );
    expected.forEach((value, i) => expect(scores[i]).toBeCloseTo(value, 9));
    expect(model.scoreItems(-1).fallback).toBe('no-interactions');
  });
});

describe('solveShiftedCg', () => {
  it('converges to the Cholesky solution of (A + λI)x = b', () => {
    const random = mulberry32(9);
    const n = 12;
    const m = Float64Array.from({ length: n * n }, () => random() - 0.5);
    const a = new Float64Array(n * n);
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++)
        for (let k = 0; k < n; k++) a[i * n + j] += m[i * n + k] * m[j * n + k];
    const b = Float64Array.from({ length: n }, () => random());
    const shifted = a.map((value, index) => value + (index % (n + 1) === 0 ? 0.5 : 0));
    const exact = solveSpd(shifted, n, b);
    const approx = solveShiftedCg(a, n, 0.5, b, 50, 1e-12);
    exact.forEach((value, i) => expect(approx[i]).toBeCloseTo(value, 8));
  });
});
