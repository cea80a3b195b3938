import { Reason } from '../api/operations';
import { reasonChip } from './reasons';

const heat = { id: 'heat-1995', displayTitle: 'Heat (1995)' };
const byMann: Reason = {
  __typename: 'SharedPerson',
  text: 'Because you liked Heat (1995): also directed by Michael Mann',
  weight: 0.6,
  path: [],
  role: 'DIRECTOR',
  person: { id: 'michael-mann', name: 'Michael Mann' },
  anchor: heat,
};

describe('reasonChip', () => {
  it('names the person, the anchor or the genres in a few words', () => {
    expect(reasonChip(byMann)).toBe('Directed by Michael Mann');
    expect(
      reasonChip({ __typename: 'BecauseYouLiked', text: '', weight: 1, path: [], anchor: heat }),
    ).toBe('Like Heat (1995)');
    expect(
      reasonChip({
        __typename: 'SharedGenre',
        text: '',
        weight: 1,
        path: [],
        genres: [{ name: 'Crime' }, { name: 'Thriller' }],
        anchor: heat,
      }),
    ).toBe('Crime, Thriller');
    expect(
      reasonChip({
        __typename: 'SharedKeyword',
        text: '',
        weight: 1,
        path: [],
        keywords: ['heist', 'los angeles', 'cop'],
        anchor: heat,
      }),
    ).toBe('About heist, los angeles');
  });

  it("leaves the anchor out on the anchor's own page", () => {
    const fans: Reason = {
      __typename: 'SimilarUsers',
      text: '',
      weight: 1,
      path: [],
      count: 9,
      fansOf: heat,
    };
    expect(reasonChip(fans, 'user')).toBe('Fans of Heat (1995)');
    expect(reasonChip(fans, 'movie')).toBe('Loved by its fans');
  });
});
