import { namesEvidence, Reason, reasonText } from './reasons';

const titles: Record<string, string> = {
  heat: 'Heat (1995)',
  collateral: 'Collateral (2004)',
  ronin: 'Ronin (1998)',
};
const title = (id: string) => titles[id] ?? id;

describe('reasonText', () => {
  it('never shows a raw model number', () => {
    const reason: Reason = {
      kind: 'BecauseYouLiked',
      anchorIds: ['heat'],
      watchedIds: [],
      similarity: 0.4321,
      weight: 0.37,
    };
    expect(reasonText(reason, title)).not.toMatch(/0\.\d/);
  });

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
      'Because you liked Heat (1995): also with Al Pacino',
    ],
    [
      { kind: 'SharedGenre', genres: ['Action', 'Crime', 'Thriller'], anchorId: 'heat', weight: 1 },
      'You like Action, Crime and Thriller films such as Heat (1995)',
    ],
    [
      {
        kind: 'BecauseYouLiked',
        anchorIds: ['heat'],
        watchedIds: [],
        similarity: 0.4321,
        weight: 1,
      },
      'Because you liked Heat (1995)',
    ],
    [
      {
        kind: 'BecauseYouLiked',
        anchorIds: ['heat', 'collateral'],
        watchedIds: ['ronin'],
        similarity: 0.4321,
        weight: 1,
      },
      'Because you liked Heat (1995) and Collateral (2004), and watched Ronin (1998)',
    ],
    [
      {
        kind: 'BecauseYouLiked',
        anchorIds: [],
        watchedIds: ['heat'],
        similarity: 0.1,
        weight: 1,
      },
      'Because you watched Heat (1995)',
    ],
    [
      { kind: 'SharedKeyword', keywords: ['heist', 'bank robbery'], anchorId: 'heat', weight: 1 },
      'Because you liked Heat (1995): also about heist and bank robbery',
    ],
    [{ kind: 'SimilarUsers', count: 1, weight: 1 }, '1 person with tastes like yours liked it'],
    [{ kind: 'Popular', ratingCount: 329, weight: 1 }, 'Popular: rated by 329 people'],
    [{ kind: 'TasteProfile', weight: 0.2 }, 'Matches your taste profile'],
  ])('%j reads "%s"', (reason, text) => {
    expect(reasonText(reason, title)).toBe(text);
  });

  it('titles three of many combined films and counts the rest', () => {
    const reason: Reason = {
      kind: 'BecauseYouLiked',
      anchorIds: ['heat', 'collateral', 'ronin', 'Thief (1981)', 'Drive (2011)'],
      watchedIds: ['Manhunter (1986)'],
      similarity: 0.2,
      weight: 0.6,
    };
    expect(reasonText(reason, title)).toBe(
      'Because you liked Heat (1995), Collateral (2004), Ronin (1998) and 2 more, and watched Manhunter (1986)',
    );
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
    expect(
      reasonText(
        {
          kind: 'BecauseYouLiked',
          anchorIds: ['heat'],
          watchedIds: [],
          similarity: 0.2,
          weight: 1,
        },
        title,
        'movie',
      ),
    ).toBe('Often liked by the same people as Heat (1995)');
  });
});

describe('namesEvidence', () => {
  const films = (anchorIds: string[], watchedIds: string[]): Reason => ({
    kind: 'BecauseYouLiked',
    anchorIds,
    watchedIds,
    similarity: 0.2,
    weight: 0.5,
  });

  it('counts a liked film, even beside watched ones', () => {
    expect(namesEvidence(films(['heat'], ['ronin']))).toBe(true);
  });

  it('does not count films the user only watched', () => {
    expect(namesEvidence(films([], ['ronin']))).toBe(false);
  });

  it('does not count a latent match or no reason at all', () => {
    expect(namesEvidence({ kind: 'TasteProfile', weight: 1 })).toBe(false);
    expect(namesEvidence(undefined)).toBe(false);
  });
});
