import { acceptsMovie } from './candidate-filter';

const heat = {
  id: 'heat',
  year: 1995,
  genres: ['Action', 'Crime'],
  directors: [],
  cast: [],
  keywords: [],
};
const undated = { ...heat, id: 'undated', year: null };

describe('acceptsMovie', () => {
  it('accepts everything without a filter', () => {
    expect(acceptsMovie()(undated)).toBe(true);
  });

  it('keeps movies in any of the genres', () => {
    expect(acceptsMovie({ genres: ['Crime', 'Horror'] })(heat)).toBe(true);
    expect(acceptsMovie({ genres: ['Horror'] })(heat)).toBe(false);
  });

  it('bounds years inclusively and drops undated movies when a bound is set', () => {
    expect(acceptsMovie({ yearFrom: 1995, yearTo: 1995 })(heat)).toBe(true);
    expect(acceptsMovie({ yearFrom: 1996 })(heat)).toBe(false);
    expect(acceptsMovie({ yearTo: 2000 })(undated)).toBe(false);
  });

  it('keeps only the listed movies when given a set (what a user can watch)', () => {
    expect(acceptsMovie({ movieIds: new Set(['heat']) })(heat)).toBe(true);
    expect(acceptsMovie({ movieIds: new Set(['heat']) })(undated)).toBe(false);
    expect(acceptsMovie({ movieIds: new Set() })(heat)).toBe(false);
  });
});
