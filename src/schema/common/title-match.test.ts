import { titleMatch } from './title-match';

describe('titleMatch', () => {
  it('counts the MovieLens form with the article behind as exact', () => {
    const match = titleMatch('Matrix')!;
    expect(match.exactTitles).toContain('matrix, the');
    expect(match.exactTitles).toContain('matrix');
    expect(match.titlePrefix).toBe('matrix');
  });

  it('drops a typed leading article, so "The Dark Knight" matches "Dark Knight, The"', () => {
    const match = titleMatch('  The   Dark Knight ')!;
    expect(match.titlePrefix).toBe('dark knight');
    expect(match.exactTitles).toEqual(
      expect.arrayContaining(['dark knight, the', 'the dark knight']),
    );
  });

  it('keeps a title that is only an article', () => {
    expect(titleMatch('It')!.titlePrefix).toBe('it');
    expect(titleMatch('The')!.titlePrefix).toBe('the');
  });

  it('returns null for blank input', () => {
    expect(titleMatch('  ')).toBeNull();
    expect(titleMatch(null)).toBeNull();
  });
});
