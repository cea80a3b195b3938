import { BaselineModel } from './baseline';
import { RatingDataset } from './dataset';
import { ItemKnnModel } from './item-knn';
import { mulberry32 } from './random';

/**
 * Four users, four items. User means: u1 4, u2 4, u3 4, u4 3, so the centred ratings are
 *   u1: A +1, B 0, C −1
 *   u2: A 0, B +1, C −1
 *   u3: A +1, B +1, C −2, D 0
 *   u4: B −2, C +1, D +1
 * Centred cosine over co-raters, shrunk by (n − 1) / (n − 1 + 1):
 *   A,B: co-raters u1..u3, (1,0,1)·(0,1,1) = 1 over √2·√2 → 0.5 · 2/3 = 1/3
 *   C,D: co-raters u3,u4, (−2,1)·(0,1) = 1 over √5·1 → 1/√5 · 1/2 = √5/10
 *   A,C and B,C are negative; A,D has one co-rater (shrunk to 0); B,D is negative.
 */
const ratings = [
  ['u1', 'A', 5],
  ['u1', 'B', 4],
  ['u1', 'C', 3],
  ['u2', 'A', 4],
  ['u2', 'B', 5],
  ['u2', 'C', 3],
  ['u3', 'A', 5],
  ['u3', 'B', 5],
  ['u3', 'C', 2],
  ['u3', 'D', 4],
  ['u4', 'B', 1],
  ['u4', 'C', 4],
  ['u4', 'D', 4],
].map(([userId, movieId, rating]) => ({
  userId: String(userId),
  movieId: String(movieId),
  rating: Number(rating),
}));

describe('ItemKnnModel', () => {
  const data = RatingDataset.fromRatings(ratings);
  const [A, B, C, D] = ['A', 'B', 'C', 'D'].map((id) => data.itemIndex(id));
  const cosine = ItemKnnModel.fit(data, { similarity: 'centred-cosine', shrinkage: 1 });

  it('matches hand-computed shrunk centred-cosine similarities', () => {
    expect(cosine.similarity(A, B)).toBeCloseTo(1 / 3, 6);
    expect(cosine.similarity(B, A)).toBeCloseTo(1 / 3, 6);
    expect(cosine.similarity(C, D)).toBeCloseTo(Math.sqrt(5) / 10, 6);
    // Negative or zero similarities are not kept as neighbours.
    expect(cosine.similarity(A, C)).toBe(0);
    expect(cosine.similarity(A, D)).toBe(0);
    expect(cosine.similarity(A, A)).toBe(1);
    expect(cosine.neighbours(A)).toEqual([{ itemIndex: B, similarity: expect.closeTo(1 / 3, 6) }]);
    expect(cosine.neighbours(-1)).toEqual([]);
  });

  it('matches pearson-baseline computed directly from the baselines', () => {
    const shrinkage = 1;
    const model = ItemKnnModel.fit(data, { similarity: 'pearson-baseline', shrinkage });
    const baseline = BaselineModel.fit(data);
    const residual = (user: string, item: number): number | undefined => {
      const u = data.userIndex(user);
      const rating = data.userRatings(u).find((r) => r.itemIndex === item)?.rating;
      return rating === undefined ? undefined : rating - baseline.baseline(u, item);
    };
    for (const [i, j] of [
      [A, B],
      [C, D],
      [B, D],
    ]) {
      let products = 0;
      let squaresI = 0;
      let squaresJ = 0;
      let n = 0;
      for (const user of data.userIds) {
        const ei = residual(user, i);
        const ej = residual(user, j);
        if (ei === undefined || ej === undefined) continue;
        products += ei * ej;
        squaresI += ei * ei;
        squaresJ += ej * ej;
        n++;
      }
      const expected =
        ((n - 1) / (n - 1 + shrinkage)) * (products / Math.sqrt(squaresI * squaresJ));
      expect(model.similarity(i, j)).toBeCloseTo(Math.max(0, expected), 6);
    }
  });

  it('predicts KNNBaseline-style and attributes the prediction to the user’s items', () => {
    // u1 has not rated D; D's only positive neighbour is C, which u1 rated 3.
    const u1 = data.userIndex('u1');
    const explanation = cosine.explain(u1, D);
    const residualC = 3 - cosine.baseline.baseline(u1, C);
    expect(explanation.baseline).toBeCloseTo(cosine.baseline.baseline(u1, D), 12);
    expect(explanation.estimate).toBeCloseTo(data.clip(explanation.baseline + residualC), 12);
    expect(explanation.fallback).toBeNull();
    expect(explanation.contributions).toEqual([
      {
        itemIndex: C,
        similarity: expect.closeTo(Math.sqrt(5) / 10, 6),
        rating: 3,
        residual: expect.closeTo(residualC, 12),
        contribution: expect.closeTo(residualC, 12),
      },
    ]);
    expect(cosine.predict(u1, D)).toEqual({
      estimate: explanation.estimate,
      fallback: null,
    });
  });

  it('uses only the k most similar rated neighbours, weighted by similarity', () => {
    const random = mulberry32(3);
    const many = RatingDataset.fromRatings(
      Array.from({ length: 600 }, () => ({
        userId: `u${Math.floor(random() * 30)}`,
        movieId: `m${Math.floor(random() * 40)}`,
        rating: 1 + Math.floor(random() * 5),
      })),
    );
    const k = 3;
    const model = ItemKnnModel.fit(many, { k });
    let explained = 0;
    for (let u = 0; u < many.nUsers; u++) {
      const rated = new Set(many.userRatings(u).map((r) => r.itemIndex));
      for (let i = 0; i < many.nItems; i++) {
        const { contributions, baseline, estimate, fallback } = model.explain(u, i);
        if (fallback !== null) continue;
        explained++;
        expect(contributions.length).toBeLessThanOrEqual(k);
        const weakestUsed = Math.min(...contributions.map((c) => c.similarity));
        const used = new Set(contributions.map((c) => c.itemIndex));
        for (const n of model.neighbours(i)) {
          if (rated.has(n.itemIndex) && !used.has(n.itemIndex)) {
            expect(n.similarity).toBeLessThanOrEqual(weakestUsed);
          }
        }
        const total = contributions.reduce((sum, c) => sum + c.similarity, 0);
        const shift = contributions.reduce((sum, c) => sum + c.similarity * c.residual, 0) / total;
        expect(estimate).toBeCloseTo(many.clip(baseline + shift), 12);
      }
    }
    expect(explained).toBeGreaterThan(100);
  });

  it('falls back to the baseline and says why', () => {
    const u2 = data.userIndex('u2');
    // E's only rater rated nothing else, so E has no neighbours at all.
    const lonely = RatingDataset.fromRatings([
      ...ratings,
      { userId: 'u5', movieId: 'E', rating: 5 },
    ]);
    const model = ItemKnnModel.fit(lonely, { shrinkage: 1 });
    const E = lonely.itemIndex('E');
    expect(model.explain(lonely.userIndex('u2'), E).fallback).toBe('no-neighbours');
    expect(cosine.predict(u2, 99).fallback).toBe('unknown-item');
    expect(cosine.predict(-1, A).fallback).toBe('unknown-user');
    expect(cosine.predict(-1, A).estimate).toBeCloseTo(
      data.clip(data.globalMean + cosine.baseline.itemBias[A]),
      12,
    );
  });

  it('explains a user given by ratings the same way as a trained user', () => {
    const u1 = data.userIndex('u1');
    const fromIndex = cosine.explain(u1, D);
    const fromRatings = cosine.explainRatings(data.userRatings(u1), D);
    expect(fromRatings.contributions.map((c) => c.itemIndex)).toEqual([C]);
    // The folded-in user bias is the ALS update for that user, so close but not identical.
    expect(fromRatings.estimate).toBeCloseTo(fromIndex.estimate, 1);
    expect(cosine.explainRatings([], D).fallback).toBe('unknown-user');
  });
});
