import { MovieCard } from '../api/operations';
import { variedStarters } from './starters';

const movie = (id: string): MovieCard => ({ id, displayTitle: id, year: 2000, genres: [] });
const genre = (name: string, ids: string[]) => ({
  name,
  movies: { edges: ids.map((id) => ({ node: movie(id) })) },
});

it('takes the top film of each genre in turn, each film once, up to the limit', () => {
  const starters = variedStarters(
    [
      genre('Drama', ['d1', 'shared', 'd3']),
      genre('Comedy', ['shared', 'c2']),
      genre('Horror', []),
    ],
    4,
  );
  expect(starters.map((m) => m.id)).toEqual(['d1', 'shared', 'c2', 'd3']);
});
