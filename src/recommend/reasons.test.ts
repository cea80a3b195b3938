import { Reason, reasonText } from './reasons';

const titles: Record<string, string> = { heat: 'Heat (1995)' };
const title = (id: string) => titles[id];

describe('reasonText', () => {
  it.each<[Reason, string]>([
    [
      {
        kind: 'SharedPerson',
        personId: 'michael-mann',
        personName: 'Michael Mann',
        role: 'DIRECTOR',
        anchorId: 'heat',
        weight: 1,
      },
      'Because you liked Heat (1995): also directed by Michael Mann',
    ],
    [
      {
        kind: 'SharedPerson',
        personId: 'al-pacino',
        personName: 'Al Pacino',
        role: 'ACTOR',
        anchorId: 'heat',
        weight: 1,
      },
      'Because you liked Heat (1995): also starring Al Pacino',
    ],
    [
      { kind: 'SharedGenre', genres: ['Action', 'Crime', 'Thriller'], anchorId: 'heat', weight: 1 },
      'Because you liked Heat (1995): also Action, Crime and Thriller',
    ],
    [
      { kind: 'BecauseYouLiked', anchorId: 'heat', similarity: 0.4321, weight: 1 },
      'Because you liked Heat (1995): people who liked it rate this one alike (similarity 0.43)',
    ],
    [
      { kind: 'SimilarUsers', count: 1, weight: 1 },
      '1 person with tastes like yours rated it highly',
    ],
    [{ kind: 'Popular', ratingCount: 329, weight: 1 }, 'Popular: rated by 329 people'],
  ])('%j reads "%s"', (reason, text) => {
    expect(reasonText(reason, title)).toBe(text);
  });

  it('names the anchor whose fans liked it', () => {
    expect(
      reasonText({ kind: 'SimilarUsers', count: 13, anchorId: 'heat', weight: 1 }, title),
    ).toBe('13 people who liked Heat (1995) also liked this one');
  });

  it('speaks of the movie, not the user, for similar movies', () => {
    const reason: Reason = {
      kind: 'SharedPerson',
      personId: 'michael-mann',
      personName: 'Michael Mann',
      role: 'DIRECTOR',
      anchorId: 'heat',
      weight: 1,
    };
    expect(reasonText(reason, title, 'movie')).toBe(
      'Like Heat (1995): also directed by Michael Mann',
    );
  });
});
