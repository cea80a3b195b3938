import { ErrorCode } from '../../errors';
import { prefixQuery } from './lucene';

const limits = { maxLength: 20, maxWords: 3 };

describe('prefixQuery', () => {
  it('requires every word as a prefix', () => {
    expect(prefixQuery('The Matrix', 'search', limits)).toBe('the* AND matrix*');
  });

  it('escapes Lucene syntax so user input cannot change the query', () => {
    expect(prefixQuery('AC/DC: (live)', 'search', limits)).toBe('ac\\/dc\\:* AND \\(live\\)*');
  });

  it('returns null for blank input', () => {
    expect(prefixQuery('   ', 'search', limits)).toBeNull();
    expect(prefixQuery(undefined, 'search', limits)).toBeNull();
  });

  it.each([
    ['a'.repeat(21), 'filter.search: must be at most 20 characters'],
    ['a b c d', 'filter.search: must be at most 3 words, got 4'],
  ])('refuses %p as BAD_USER_INPUT', (text, message) => {
    expect(() => prefixQuery(text, 'filter.search', limits)).toThrow(
      expect.objectContaining({ code: ErrorCode.BadUserInput, message }),
    );
  });

  it('counts characters as code points, so 20 emoji fit in 20', () => {
    expect(prefixQuery('🎬'.repeat(20), 'search', limits)).toBe(`${'🎬'.repeat(20)}*`);
  });
});
