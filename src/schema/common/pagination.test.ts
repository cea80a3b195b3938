import { ErrorCode } from '../../errors';
import { encodeCursor, pageRequest, toConnection } from './pagination';

describe('pageRequest', () => {
  it('starts after the cursor it is given', () => {
    expect(pageRequest(10, encodeCursor(19))).toEqual({ offset: 20, limit: 10 });
    expect(pageRequest(10, undefined)).toEqual({ offset: 0, limit: 10 });
  });

  it.each([0, -1, 101, 2.5])('rejects first = %p with the argument path', (first) => {
    expect(() => pageRequest(first, null, 'movies')).toThrow(
      expect.objectContaining({
        code: ErrorCode.BadUserInput,
        message: expect.stringContaining('movies.first: must be between 1 and 100'),
      }),
    );
  });

  it('carries the key of the item a keyed cursor names, ids with colons included', () => {
    expect(pageRequest(10, encodeCursor(19, 'heat-1995'))).toEqual({
      offset: 20,
      limit: 10,
      afterKey: 'heat-1995',
    });
    expect(pageRequest(3, encodeCursor(0, 'a:b')).afterKey).toBe('a:b');
  });

  it('rejects a cursor it did not issue', () => {
    expect(() => pageRequest(5, 'bm9wZQ')).toThrow(
      expect.objectContaining({ code: ErrorCode.BadUserInput }),
    );
  });
});

describe('toConnection', () => {
  it('knows whether pages remain at the edges', () => {
    const last = toConnection({ total: 12, items: ['k', 'l'] }, { offset: 10, limit: 5 });
    expect(last.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const first = toConnection({ total: 12, items: ['a', 'b'] }, { offset: 0, limit: 2 });
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(pageRequest(2, first.pageInfo.endCursor)).toEqual({ offset: 2, limit: 2 });
  });

  it("puts each item's key in its cursor when asked to", () => {
    const page = toConnection({ total: 9, items: ['x', 'y'] }, { offset: 4, limit: 2 }, (id) => id);
    expect(pageRequest(2, page.pageInfo.endCursor)).toEqual({ offset: 6, limit: 2, afterKey: 'y' });
  });
});

describe('cursors', () => {
  it.each([
    ['oversized', 'A'.repeat(10_000)],
    ['past any catalogue', encodeCursor(1e12)],
    ['not a number', Buffer.from('offset:1e400').toString('base64url')],
    ['empty key', Buffer.from('offset:4:').toString('base64url')],
    ['missing offset', Buffer.from('offset::heat').toString('base64url')],
  ])('refuses a %s cursor as BAD_USER_INPUT without echoing it whole', (_kind, cursor) => {
    expect(() => pageRequest(5, cursor, 'movies')).toThrow(
      expect.objectContaining({
        code: ErrorCode.BadUserInput,
        message: expect.stringMatching(/^movies\.after: ".{1,41}" is not a cursor/u),
      }),
    );
  });
});
