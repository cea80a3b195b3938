import { RatingDataset } from '../dataset';
import type { MovieFacts } from '../trained-models';
import { SCORER_DEFAULTS } from './scorer-config';
import { userProfile } from './user-profile';

const movie = (id: string): MovieFacts => ({
  id,
  genres: [],
  directors: [],
  cast: [],
  keywords: [],
});

describe('userProfile similar users', () => {
  // m1 and m2 are the user's likes. u-a likes both; u-b, u-c and u-d like one each (u-d only
  // dislikes m2); u-e rated neither.
  const data = RatingDataset.fromRatings([
    { userId: 'u-a', movieId: 'm1', rating: 5 },
    { userId: 'u-a', movieId: 'm2', rating: 4 },
    { userId: 'u-b', movieId: 'm2', rating: 4.5 },
    { userId: 'u-c', movieId: 'm1', rating: 4 },
    { userId: 'u-d', movieId: 'm1', rating: 4 },
    { userId: 'u-d', movieId: 'm2', rating: 1 },
    { userId: 'u-e', movieId: 'm3', rating: 5 },
    { userId: 'me', movieId: 'm1', rating: 5 },
    { userId: 'me', movieId: 'm2', rating: 5 },
  ]);
  const catalogue = data.itemIds.map(movie);
  const catalogueIndex = new Map(data.itemIds.map((id, index) => [id, index]));
  const ratings = [
    { movieId: 'm1', rating: 5 },
    { movieId: 'm2', rating: 5 },
  ];
  const similar = (count: number, self = data.userIndex('me')) =>
    userProfile(ratings, {
      data,
      catalogue,
      catalogueIndex,
      config: { ...SCORER_DEFAULTS, similarUsers: count },
      selfIndex: self,
    }).similarUsers.map((user) => data.userIds[user]);

  it('ranks by liked movies shared, lower index first on ties, leaving out the user', () => {
    const tied = ['u-b', 'u-c', 'u-d'].sort((a, b) => data.userIndex(a) - data.userIndex(b));
    expect(similar(50)).toEqual(['u-a', ...tied]);
  });

  it('cuts inside a tie by index', () => {
    const first = ['u-b', 'u-c', 'u-d'].sort((a, b) => data.userIndex(a) - data.userIndex(b))[0];
    expect(similar(2)).toEqual(['u-a', first]);
    expect(similar(1)).toEqual(['u-a']);
    expect(similar(0)).toEqual([]);
  });

  it('counts the user too when they are not a training user', () => {
    const both = ['u-a', 'me'].sort((a, b) => data.userIndex(a) - data.userIndex(b));
    expect(similar(2, -1)).toEqual(both);
  });
});
