import { prefixQuery } from './lucene';

describe('prefixQuery', () => {
  it('requires every word as a prefix', () => {
    expect(prefixQuery('The Matrix')).toBe('the* AND matrix*');
  });

  it('escapes Lucene syntax so user input cannot change the query', () => {
    expect(prefixQuery('AC/DC: (live)')).toBe('ac\\/dc\\:* AND \\(live\\)*');
  });

  it('returns null for blank input', () => {
    expect(prefixQuery('   ')).toBeNull();
    expect(prefixQuery(undefined)).toBeNull();
  });
});
