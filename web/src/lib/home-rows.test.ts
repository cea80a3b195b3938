import { Recommendation } from '../api/operations';
import { homeRows } from './home-rows';

const pick = (id: string): Recommendation => ({
  predictedRating: 4,
  movie: { id, displayTitle: id, year: 2000, genres: [] },
  reasons: [{ __typename: 'Popular', text: 'Popular', weight: 1, path: [], ratingCount: 10 }],
});
const heat = { id: 'heat', displayTitle: 'Heat (1995)' };
const alien = { id: 'alien', displayTitle: 'Alien (1979)' };

describe('homeRows', () => {
  it('shows each movie once, in the first row that has it, and drops emptied rows', () => {
    const rows = homeRows(
      [pick('a'), pick('b')],
      [
        { anchor: heat, items: [pick('b'), pick('c')] },
        { anchor: alien, items: [pick('a'), pick('c')] },
      ],
    );
    expect(rows.map((row) => [row.title, row.items.map((item) => item.movie.id)])).toEqual([
      ['Top picks for you', ['a', 'b']],
      ['Because you liked Heat (1995)', ['c']],
    ]);
  });

  it('leaves out hidden movies', () => {
    const rows = homeRows([pick('a'), pick('b')], [], new Set(['a']));
    expect(rows).toHaveLength(1);
    expect(rows[0].items.map((item) => item.movie.id)).toEqual(['b']);
  });
});
