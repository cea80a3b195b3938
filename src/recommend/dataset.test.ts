import { RatingDataset } from './dataset';
import { kFoldSplits, perUserSplit, randomSplit } from './splits';

const ratings = [
  { userId: 'alice', movieId: '10', rating: 4 },
  { userId: 'bob', movieId: '20', rating: 3 },
  { userId: 'alice', movieId: '30', rating: 5 },
  { userId: 'alice', movieId: '20', rating: 2 },
  { userId: 'bob', movieId: '10', rating: 1 },
  { userId: 'alice', movieId: '30', rating: 3 }, // repeat: the last rating wins
];

describe('RatingDataset', () => {
  const data = RatingDataset.fromRatings(ratings);

  it('maps raw ids to dense indices in order of first appearance, -1 when unknown', () => {
    expect(data.userIds).toEqual(['alice', 'bob']);
    expect(data.itemIds).toEqual(['10', '20', '30']);
    expect(data.userIndex('bob')).toBe(1);
    expect(data.itemIndex('30')).toBe(2);
    expect(data.userIndex('carol')).toBe(-1);
    expect(data.itemIndex('99')).toBe(-1);
    expect(data.hasUser(2)).toBe(false);
    expect(data.hasItem(-1)).toBe(false);
    expect(data.hasItem(0.5)).toBe(false);
  });

  it('stores CSR by user and by item with ascending columns, keeping the last duplicate', () => {
    expect(data.nRatings).toBe(5);
    expect(Array.from(data.byUser.pointers)).toEqual([0, 3, 5]);
    expect(Array.from(data.byUser.columns)).toEqual([0, 1, 2, 0, 1]);
    expect(Array.from(data.byUser.values)).toEqual([4, 2, 3, 1, 3]);
    expect(Array.from(data.byItem.pointers)).toEqual([0, 2, 4, 5]);
    expect(Array.from(data.byItem.columns)).toEqual([0, 1, 0, 1, 0]);
    expect(Array.from(data.byItem.values)).toEqual([4, 1, 2, 3, 3]);
    expect(data.globalMean).toBeCloseTo(13 / 5, 12);
    expect(data.userCount(0)).toBe(3);
    expect(data.itemCount(2)).toBe(1);
  });

  it('round-trips to raw ratings and clips to its scale', () => {
    const again = RatingDataset.fromRatings(data.toRatings());
    expect(Array.from(again.byUser.values)).toEqual(Array.from(data.byUser.values));
    expect(data.clip(7)).toBe(5);
    expect(data.clip(-1)).toBe(0.5);
    expect(() => RatingDataset.fromRatings([{ userId: 'a', movieId: 'b', rating: NaN }])).toThrow(
      RangeError,
    );
  });
});

describe('splits', () => {
  const many = Array.from({ length: 103 }, (_, n) => ({
    userId: `u${n % 7}`,
    movieId: `m${n}`,
    rating: 1 + (n % 5),
  }));

  it('k-fold partitions every rating into exactly one test fold, reproducibly', () => {
    const folds = kFoldSplits(many, 5, 1);
    const tested = folds.flatMap((f) => f.test.map((r) => r.movieId)).sort();
    expect(tested).toEqual(many.map((r) => r.movieId).sort());
    for (const fold of folds) expect(fold.train.length + fold.test.length).toBe(many.length);
    expect(kFoldSplits(many, 5, 1)).toEqual(folds);
    expect(kFoldSplits(many, 5, 2)).not.toEqual(folds);
  });

  it('holds out a random share, and a per-user share that leaves every user some training', () => {
    const split = randomSplit(many, 0.2, 3);
    expect(split.test.length).toBe(21);
    const perUser = perUserSplit([...many, { userId: 'solo', movieId: 'x', rating: 4 }], 0.25, 3);
    const trainUsers = new Set(perUser.train.map((r) => r.userId));
    expect(trainUsers.size).toBe(8);
    expect(perUser.test.filter((r) => r.userId === 'u0').length).toBe(Math.round(15 * 0.25));
  });
});
