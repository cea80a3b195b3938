import { parseGenres, parseRating, parseTitle } from './fields';

describe('parseTitle', () => {
  it.each([
    ['Toy Story (1995)', 'Toy Story', 1995],
    ['Matrix, The (1999)', 'Matrix, The', 1999],
    [
      'Crimson Rivers, The (Rivières pourpres, Les) (2000)',
      'Crimson Rivers, The (Rivières pourpres, Les)',
      2000,
    ],
    [
      'From Dusk Till Dawn 2: Texas Blood Money (1999) ',
      'From Dusk Till Dawn 2: Texas Blood Money',
      1999,
    ],
    ['Death Note: Desu nôto (2006–2007)', 'Death Note: Desu nôto', 2006],
    ['Black Mirror', 'Black Mirror', null],
    ['(1995)', '(1995)', null],
  ])('splits %j', (text, title, year) => {
    expect(parseTitle(text)).toEqual({ title, year });
  });

  it('rejects an empty title', () => {
    expect(() => parseTitle('  ')).toThrow('empty title');
  });
});

describe('parseRating', () => {
  it.each(['0.5', '1', '3.5', '5.0'])('accepts %s', (text) => {
    expect(parseRating(text)).toBe(Number(text));
  });

  it.each([
    ['abc', "rating 'abc' is not a number"],
    ['', "rating '' is not a number"],
    ['9', 'rating 9 is outside 0.5–5'],
    ['0', 'rating 0 is outside 0.5–5'],
    ['3.3', 'rating 3.3 is not a multiple of 0.5'],
  ])('rejects %j', (text, reason) => {
    expect(() => parseRating(text)).toThrow(reason);
  });
});

describe('parseGenres', () => {
  it('splits on | and treats "(no genres listed)" as none', () => {
    expect(parseGenres('Action|Sci-Fi')).toEqual(['Action', 'Sci-Fi']);
    expect(parseGenres('(no genres listed)')).toEqual([]);
  });

  it("names ml-1m's Children's genre as the later releases do", () => {
    expect(parseGenres("Animation|Children's")).toEqual(['Animation', 'Children']);
  });
});
