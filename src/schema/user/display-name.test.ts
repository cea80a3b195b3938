import { displayName } from './display-name';

describe('displayName', () => {
  it.each([
    ['ml-latest-small user 1', 'MovieLens user 1'],
    ['ml-25m user 162541', 'MovieLens user 162541'],
    ['ml-100k user 7', 'MovieLens user 7'],
  ])('%s reads %s', (name, expected) => {
    expect(displayName(name)).toBe(expected);
  });

  it('keeps the names people chose', () => {
    expect(displayName('Ada')).toBe('Ada');
    expect(displayName('html user 3')).toBe('html user 3');
  });
});
