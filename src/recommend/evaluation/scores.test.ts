import { RatingDataset, type RawRating } from '../dataset';
import type { ItemScorer } from '../model';
import { averageScores, rankForTestUsers, scoreRankings, scoreRatings } from './scores';

const log2 = Math.log2;

// Users a and b; items m1…m6 in training. a rated m1, m2; b rated m1.
const train: RawRating[] = [
  { userId: 'a', movieId: 'm1', rating: 4 },
  { userId: 'a', movieId: 'm2', rating: 3 },
  { userId: 'b', movieId: 'm1', rating: 5 },
  { userId: 'b', movieId: 'm3', rating: 2 },
  { userId: 'b', movieId: 'm4', rating: 2 },
  { userId: 'b', movieId: 'm5', rating: 2 },
  { userId: 'b', movieId: 'm6', rating: 2 },
];
const data = RatingDataset.fromRatings(train);

describe('scoreRankings', () => {
  it('scores a user with fewer than 10 test items against an ideal of that many hits', () => {
    // a's relevant: m3 (ranked 2nd) and m9, which nobody rated in training but still counts.
    const test: RawRating[] = [
      { userId: 'a', movieId: 'm3', rating: 5 },
      { userId: 'a', movieId: 'm9', rating: 1 },
    ];
    const scores = scoreRankings(new Map([['a', ['m4', 'm3', 'm5']]]), test, data);
    const ideal = 1 + 1 / log2(3);
    expect(scores['ndcg@10']).toBeCloseTo(1 / log2(3) / ideal, 12);
    expect(scores['precision@10']).toBeCloseTo(1 / 10, 12);
    expect(scores['recall@10']).toBeCloseTo(1 / 2, 12);
    // One hit at rank 2: precision 1/2 there; ÷ min(10, 2) and ÷ |relevant| agree here.
    expect(scores['map@10']).toBeCloseTo(0.5 / 2, 12);
    expect(scores.map).toBeCloseTo(0.5 / 2, 12);
    expect(scores.coverage).toBeCloseTo(3 / 6, 12);
  });

  it('ranks tied scores by the lower item index, then scores that order', () => {
    // Every item scores the same, so the ranking is dataset order: m3, m4, m5, m6 for a.
    const tied: ItemScorer = {
      data,
      scoreItems: () => ({ scores: new Float64Array(data.nItems).fill(1), fallback: null }),
    };
    const test: RawRating[] = [
      { userId: 'a', movieId: 'm5', rating: 4 },
      { userId: 'a', movieId: 'm6', rating: 4 },
    ];
    const lists = rankForTestUsers(tied, test);
    expect(lists.get('a')).toEqual(['m3', 'm4', 'm5', 'm6']);
    const ndcg = scoreRankings(lists, test, data)['ndcg@10']!;
    expect(ndcg).toBeCloseTo((1 / log2(4) + 1 / log2(5)) / (1 + 1 / log2(3)), 12);
  });

  it('gives a test user without a list zero, and ranks unseen movies last in popularity', () => {
    const test: RawRating[] = [
      { userId: 'a', movieId: 'm3', rating: 5 },
      { userId: 'b', movieId: 'm2', rating: 5 },
    ];
    // Popularity ranks: m1 (2 ratings) 1, then m2…m6 by index 2…6; m9 (unseen) 7.
    const scores = scoreRankings(new Map([['a', ['m3', 'm9']]]), test, data);
    expect(scores['ndcg@10']).toBeCloseTo(0.5, 12);
    expect(scores.meanPopularityRank).toBeCloseTo((3 + 7) / 2, 12);
  });
});

describe('scoreRatings and averageScores', () => {
  it('computes RMSE and MAE, then averages each metric over folds', () => {
    const test: RawRating[] = [
      { userId: 'a', movieId: 'm1', rating: 4 },
      { userId: 'a', movieId: 'm2', rating: 2 },
    ];
    const fold = scoreRatings([3, 4], test);
    expect(fold.rmse).toBeCloseTo(Math.sqrt(2.5), 12);
    expect(fold.mae).toBeCloseTo(1.5, 12);
    expect(averageScores([{ rmse: 1, trainSeconds: 2 }, { rmse: 3 }])).toEqual({
      rmse: 2,
      trainSeconds: 2,
    });
  });
});
