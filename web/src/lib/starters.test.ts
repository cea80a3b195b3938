import { MovieCard } from '../api/operations';
import { variedStarters } from './starters';

const movie = (id: string, ...genres: string[]): MovieCard => ({
  id,
  displayTitle: id,
  year: 2000,
  genres: genres.map((name) => ({ name })),
});

describe('variedStarters', () => {
  it('starts with the most popular film, then prefers genres not shown yet', () => {
    const popular = [
      movie('drama-1', 'Drama'),
      movie('drama-2', 'Drama'),
      movie('comedy-1', 'Comedy'),
      movie('drama-3', 'Drama'),
      movie('horror-1', 'Horror'),
    ];
    expect(variedStarters(popular, 4).map((m) => m.id)).toEqual([
      'drama-1',
      'comedy-1',
      'horror-1',
      'drama-2',
    ]);
  });

  it('returns each film once, at most the limit, however short the list', () => {
    const popular = [movie('a', 'Drama'), movie('b', 'Drama')];
    expect(variedStarters(popular, 5).map((m) => m.id)).toEqual(['a', 'b']);
    expect(variedStarters(popular, 1)).toHaveLength(1);
  });
});
