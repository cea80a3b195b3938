import { Catalogue } from '../catalogue';
import { demoFilms } from '../demo/films';
import { generateDemoUsers } from '../demo/users';

export const DEMO_SOURCE = 'demo';

/** The built-in catalogue: real films and credits, generated users with latent tastes. */
export function demoCatalogue(options: { users?: number; seed?: number } = {}): Catalogue {
  const { users, ratings } = generateDemoUsers(demoFilms, options);
  return {
    source: DEMO_SOURCE,
    movies: demoFilms.map((film) => ({
      ...film,
      directors: [...film.directors],
      cast: [...film.cast],
    })),
    users,
    ratings: (async function* () {
      yield ratings.map((rating) => ({
        ...rating,
        ratedAt: Math.floor(rating.ratedAt.getTime() / 1000),
      }));
    })(),
    expectedRatings: ratings.length,
  };
}
