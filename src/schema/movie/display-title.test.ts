import { displayTitle } from './display-title';

describe('displayTitle', () => {
  it.each([
    ['Matrix, The', 1999, 'The Matrix (1999)'],
    [
      'Messenger: The Story of Joan of Arc, The',
      1999,
      'The Messenger: The Story of Joan of Arc (1999)',
    ],
    ['Awfully Big Adventure, An', 1995, 'An Awfully Big Adventure (1995)'],
    ['Misérables, Les', 1995, 'Les Misérables (1995)'],
    ['Postman, The (Postino, Il)', 1994, 'The Postman (Il Postino) (1994)'],
    [
      'City of Lost Children, The (Cité des enfants perdus, La)',
      1995,
      'The City of Lost Children (La Cité des enfants perdus) (1995)',
    ],
    ['Hate (Haine, La)', 1995, 'Hate (La Haine) (1995)'],
    ["Homme qui aimait les femmes, L'", 1977, "L'Homme qui aimait les femmes (1977)"],
    ['Good, the Bad and the Ugly, The', 1966, 'The Good, the Bad and the Ugly (1966)'],
  ])('%s (%s) reads %s', (title, year, expected) => {
    expect(displayTitle(title, year)).toBe(expected);
  });

  it('keeps titles that need no change, and leaves the year out when unknown', () => {
    expect(displayTitle('The Revenant', 2015)).toBe('The Revenant (2015)');
    expect(displayTitle('I, Robot', null)).toBe('I, Robot');
    expect(displayTitle('Seven (a.k.a. Se7en)', 1995)).toBe('Seven (a.k.a. Se7en) (1995)');
  });

  it('does not take a word that is not an article for one', () => {
    expect(displayTitle('Me, Myself & Irene', 2000)).toBe('Me, Myself & Irene (2000)');
    expect(displayTitle('Hello, Dolly!', 1969)).toBe('Hello, Dolly! (1969)');
  });
});
