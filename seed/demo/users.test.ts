import { demoFilms } from './films';
import { acclaimedFilmIds, generateDemoUsers, type DemoRating } from './users';

const demo = generateDemoUsers(demoFilms);

const mean = (values: readonly number[]) =>
  values.reduce((sum, value) => sum + value, 0) / values.length;

function ratingsByUser(ratings: readonly DemoRating[]): Map<string, DemoRating[]> {
  const byUser = new Map<string, DemoRating[]>();
  for (const rating of ratings) {
    byUser.set(rating.userId, [...(byUser.get(rating.userId) ?? []), rating]);
  }
  return byUser;
}

describe('generateDemoUsers', () => {
  test('is deterministic for a seed and differs between seeds', () => {
    expect(generateDemoUsers(demoFilms, { seed: 42 })).toEqual(demo);
    const other = generateDemoUsers(demoFilms, { seed: 7 });
    expect(other.ratings).not.toEqual(demo.ratings);
    expect(other.users).not.toEqual(demo.users);
  });

  test('a user is the same whatever the user count', () => {
    const few = generateDemoUsers(demoFilms, { users: 10 });
    expect(few.users).toEqual(demo.users.slice(0, 10));
    const firstTen = new Set(few.users.map((user) => user.id));
    expect(few.ratings).toEqual(demo.ratings.filter((rating) => firstTen.has(rating.userId)));
  });

  test('makes at least 300 distinct named users with ids like demo-user-001', () => {
    expect(demo.users.length).toBeGreaterThanOrEqual(300);
    expect(demo.users[0].id).toBe('demo-user-001');
    expect(new Set(demo.users.map((user) => user.id)).size).toBe(demo.users.length);
    expect(new Set(demo.users.map((user) => user.name)).size).toBe(demo.users.length);
    expect(demo.users.filter((user) => !/^[A-Z][a-z]+ [A-Z][a-z]+$/.test(user.name))).toEqual([]);
  });

  test('ratings are half stars from 0.5 to 5, dated 2015–2024, by known users on known films', () => {
    const filmIds = new Set(demoFilms.map((film) => film.id));
    const userIds = new Set(demo.users.map((user) => user.id));
    const invalid = demo.ratings.filter(
      ({ userId, movieId, rating, ratedAt }) =>
        !userIds.has(userId) ||
        !filmIds.has(movieId) ||
        !Number.isInteger(rating * 2) ||
        rating < 0.5 ||
        rating > 5 ||
        ratedAt.getUTCFullYear() < 2015 ||
        ratedAt.getUTCFullYear() > 2024,
    );
    expect(invalid).toEqual([]);
  });

  test('acclaimed films are all in the catalogue', () => {
    const filmIds = new Set(demoFilms.map((film) => film.id));
    expect(acclaimedFilmIds.filter((id) => !filmIds.has(id))).toEqual([]);
  });

  test('each user rates 15 to 60 films, each at most once', () => {
    for (const ratings of ratingsByUser(demo.ratings).values()) {
      expect(ratings.length).toBeGreaterThanOrEqual(15);
      expect(ratings.length).toBeLessThanOrEqual(60);
      expect(new Set(ratings.map((rating) => rating.movieId)).size).toBe(ratings.length);
    }
  });

  test.each(['Horror', 'Animation'])(
    'users who watch a lot of %s rate it above the rest',
    (genre) => {
      const inGenre = new Set(
        demoFilms.filter((film) => film.genres.includes(genre)).map((film) => film.id),
      );
      // 40% is several times either genre's share of the catalogue.
      const fans = [...ratingsByUser(demo.ratings).values()].filter(
        (ratings) =>
          ratings.filter((rating) => inGenre.has(rating.movieId)).length >= 0.4 * ratings.length,
      );
      expect(fans.length).toBeGreaterThanOrEqual(20);

      const fanRatings = fans.flat();
      const genreMean = mean(fanRatings.filter((r) => inGenre.has(r.movieId)).map((r) => r.rating));
      const otherMean = mean(
        fanRatings.filter((r) => !inGenre.has(r.movieId)).map((r) => r.rating),
      );
      expect(genreMean - otherMean).toBeGreaterThan(0.5);
    },
  );
});
