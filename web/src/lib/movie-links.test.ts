import { imdbUrl, tmdbUrl } from './movie-links';

it('builds IMDb and TMDb addresses from the stored ids', () => {
  expect(imdbUrl(113277)).toBe('https://www.imdb.com/title/tt0113277/');
  expect(imdbUrl(10872600)).toBe('https://www.imdb.com/title/tt10872600/');
  expect(tmdbUrl(949)).toBe('https://www.themoviedb.org/movie/949');
});
