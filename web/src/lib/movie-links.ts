/** IMDb pages use seven-digit numbers at least: 113277 -> tt0113277. */
export const imdbUrl = (imdbId: number) =>
  `https://www.imdb.com/title/tt${String(imdbId).padStart(7, '0')}/`;

export const tmdbUrl = (tmdbId: number) => `https://www.themoviedb.org/movie/${tmdbId}`;
