import { demoFilms } from '../../seed/demo/films';
import { generateDemoUsers } from '../../seed/demo/users';
import { slug } from '../slug';
import { InMemoryEvidence } from './evidence';
import { HybridRecommender, RatingInput, Recommendation } from './hybrid-recommender';
import { Strategy } from './hybrid-config';
import { trainModels } from './trained-models';

// The built-in demo catalogue, trained in memory: the graph's paths come from the snapshot.
const { ratings } = generateDemoUsers(demoFilms, { users: 120 });
const models = trainModels({
  ratings: ratings.map(({ userId, movieId, rating }) => ({ userId, movieId, rating })),
  movies: demoFilms,
});
const recommender = new HybridRecommender(models, new InMemoryEvidence(models));
const films = new Map(demoFilms.map((film) => [film.id, film]));
const ratingsOf = (userId: string): RatingInput[] =>
  ratings
    .filter((rating) => rating.userId === userId)
    .map(({ movieId, rating, ratedAt }) => ({
      movieId,
      rating,
      ratedAt: ratedAt.getTime() / 1000,
    }));

function expectHonest(items: Recommendation[], userRatings: RatingInput[]) {
  const liked = new Set(
    userRatings.filter((rating) => rating.rating >= 4).map((rating) => rating.movieId),
  );
  const rated = new Set(userRatings.map((rating) => rating.movieId));
  for (const item of items) {
    expect(rated.has(item.movieId)).toBe(false);
    expect(item.reasons.length).toBeGreaterThan(0);
    expect(item.predictedRating).toBeGreaterThanOrEqual(0.5);
    expect(item.predictedRating).toBeLessThanOrEqual(5);
    expect(item.reasons.reduce((sum, reason) => sum + reason.weight, 0)).toBeCloseTo(1, 9);
    for (const reason of item.reasons) {
      if ('anchorId' in reason && reason.anchorId !== undefined)
        expect(liked.has(reason.anchorId)).toBe(true);
      if (reason.kind === 'SharedPerson') {
        const credits = (id: string) => {
          const film = films.get(id)!;
          return (reason.role === 'DIRECTOR' ? film.directors : film.cast).map(slug);
        };
        expect(credits(item.movieId)).toContain(reason.personId);
        expect(credits(reason.anchorId)).toContain(reason.personId);
      }
      if (reason.kind === 'SharedGenre') {
        for (const genre of reason.genres) {
          expect(films.get(item.movieId)!.genres).toContain(genre);
          expect(films.get(reason.anchorId)!.genres).toContain(genre);
        }
      }
    }
  }
}

describe.each<Strategy>(['HYBRID', 'COLLABORATIVE', 'CONTENT', 'GRAPH'])('%s', (strategy) => {
  it.each(['demo-user-001', 'demo-user-050', 'demo-user-120'])(
    'gives %s unrated movies whose reasons hold',
    async (userId) => {
      const userRatings = ratingsOf(userId);
      const items = await recommender.recommend({
        userId,
        ratings: userRatings,
        first: 15,
        strategy,
      });
      expect(items).toHaveLength(15);
      expectHonest(items, userRatings);
    },
  );
});

it('ranks a newly rated movie out and re-ranks the rest without retraining', async () => {
  const userRatings = ratingsOf('demo-user-002');
  const before = await recommender.recommend({
    userId: 'demo-user-002',
    ratings: userRatings,
    first: 10,
  });
  const updated = [...userRatings, { movieId: before[0].movieId, rating: 0.5 }];
  const after = await recommender.recommend({
    userId: 'demo-user-002',
    ratings: updated,
    first: 10,
  });
  expect(after.map((item) => item.movieId)).not.toContain(before[0].movieId);
  expectHonest(after, updated);
});

it('gives someone with no ratings popular movies from several genres, each saying so', async () => {
  const items = await recommender.recommend({ userId: null, ratings: [], first: 10 });
  expect(items).toHaveLength(10);
  expect(
    new Set(items.map((item) => films.get(item.movieId)!.genres[0])).size,
  ).toBeGreaterThanOrEqual(4);
  for (const item of items) expect(item.reasons.map((reason) => reason.kind)).toEqual(['Popular']);
});

it('does not name a disliked movie as a reason', async () => {
  const disliked = demoFilms
    .filter((film) => film.directors.includes('Christopher Nolan'))
    .slice(0, 3);
  const userRatings = disliked.map((film) => ({ movieId: film.id, rating: 1 }));
  const items = await recommender.recommend({ userId: null, ratings: userRatings, first: 10 });
  expectHonest(items, userRatings);
});

it('keeps filters, and never repeats a movie across because-you-liked rows', async () => {
  const userRatings = ratingsOf('demo-user-003');
  const horror = await recommender.recommend({
    userId: 'demo-user-003',
    ratings: userRatings,
    first: 5,
    filter: { genres: ['Horror'], yearFrom: 1970, yearTo: 1999 },
  });
  for (const item of horror) {
    expect(films.get(item.movieId)!.genres).toContain('Horror');
    expect(films.get(item.movieId)!.year).toBeGreaterThanOrEqual(1970);
  }
  const rows = await recommender.becauseYouLiked(userRatings, 4, 5);
  const ids = rows.flatMap((row) => row.items.map((item) => item.movieId));
  expect(new Set(ids).size).toBe(ids.length);
  for (const row of rows) expectHonest(row.items, userRatings);
});

it('finds similar movies without the movie itself', async () => {
  const items = await recommender.similarMovies('heat-1995', 8);
  expect(items.length).toBeGreaterThan(0);
  expect(items.map((item) => item.movieId)).not.toContain('heat-1995');
  for (const item of items) expect(item.reasons.length).toBeGreaterThan(0);
});
