import { Reason } from '../api/operations';
import { reasonChip, reasonPath } from './reasons';

const heat = { id: 'heat-1995', displayTitle: 'Heat (1995)' };
const collateral = { id: 'collateral-2004', displayTitle: 'Collateral (2004)' };
const byMann: Reason = {
  __typename: 'SharedPerson',
  text: 'Because you liked Heat (1995): also directed by Michael Mann',
  weight: 0.6,
  role: 'DIRECTOR',
  person: { id: 'michael-mann', name: 'Michael Mann' },
  anchor: heat,
};

describe('reasonPath', () => {
  it('walks from you through the anchor and the person to the recommended movie', () => {
    const path = reasonPath(byMann, collateral, 'user');
    expect(path.map((step) => [step.via, step.node.label])).toEqual([
      [null, 'You'],
      ['liked', 'Heat (1995)'],
      ['directed by', 'Michael Mann'],
      ['directed', 'Collateral (2004)'],
    ]);
    expect(path[2].node).toEqual({ kind: 'PERSON', id: 'michael-mann', label: 'Michael Mann' });
  });

  it('starts at the anchor movie for similar movies', () => {
    const path = reasonPath(byMann, collateral, 'movie');
    expect(path[0]).toEqual({
      via: null,
      node: { kind: 'MOVIE', id: 'heat-1995', label: 'Heat (1995)' },
    });
    expect(path).toHaveLength(3);
  });

  it('ends every kind of reason at the recommended movie', () => {
    const reasons: Reason[] = [
      byMann,
      { __typename: 'BecauseYouLiked', text: '', weight: 1, anchor: heat },
      { __typename: 'SharedGenre', text: '', weight: 1, genres: [{ name: 'Crime' }], anchor: heat },
      { __typename: 'SimilarUsers', text: '', weight: 1, count: 12, fansOf: null },
      { __typename: 'SimilarUsers', text: '', weight: 1, count: 12, fansOf: heat },
      { __typename: 'Popular', text: '', weight: 1, ratingCount: 1200 },
    ];
    const ends = reasons.map((reason) => reasonPath(reason, collateral, 'user').at(-1)?.node.id);
    expect(ends).toEqual(reasons.map(() => 'collateral-2004'));
  });
});

describe('reasonChip', () => {
  it('names the person, the anchor or the genres in a few words', () => {
    expect(reasonChip(byMann)).toBe('Directed by Michael Mann');
    expect(reasonChip({ __typename: 'BecauseYouLiked', text: '', weight: 1, anchor: heat })).toBe(
      'Like Heat (1995)',
    );
    expect(
      reasonChip({
        __typename: 'SharedGenre',
        text: '',
        weight: 1,
        genres: [{ name: 'Crime' }, { name: 'Thriller' }],
        anchor: heat,
      }),
    ).toBe('Crime, Thriller');
  });

  it("leaves the anchor out on the anchor's own page", () => {
    const fans: Reason = {
      __typename: 'SimilarUsers',
      text: '',
      weight: 1,
      count: 9,
      fansOf: heat,
    };
    expect(reasonChip(fans, 'user')).toBe('Fans of Heat (1995)');
    expect(reasonChip(fans, 'movie')).toBe('Loved by its fans');
  });
});
