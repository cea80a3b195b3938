import { demoFilms } from '../../seed/demo/films';
import { generateDemoUsers } from '../../seed/demo/users';
import { slug } from '../slug';
import type { RatingInput, Recommendation, RecommendRequest, Recommender } from './contract';
import { HybridRecommender } from './hybrid-recommender';
import { reasonAnchors, type Reason } from './reasons';
import { SCORER_DEFAULTS } from './scoring/scorer-config';
import type { TermWeights } from './scoring/scorer-config';
import { BecauseYouLiked } from './strategies/because-you-liked';
import { ScoringContext } from './strategies/scoring-context';
import { SimilarMovies } from './strategies/similar-movies';
import { TermStrategy } from './strategies/term-strategy';
import { trainModels } from './trained-models';

// The built-in demo catalogue, trained in memory.
const { ratings } = generateDemoUsers(demoFilms, { users: 120 });
const models = trainModels({
  ratings: ratings.map(({ userId, movieId, rating }) => ({ userId, movieId, rating })),
  movies: demoFilms,
});
const recommender = new HybridRecommender(models);
const films = new Map(demoFilms.map((film) => [film.id, film]));
const ratingsOf = (userId: string): RatingInput[] =>
  ratings
    .filter((rating) => rating.userId === userId)
    .map(({ movieId, rating, ratedAt }) => ({
      movieId,
      rating,
      ratedAt: ratedAt.getTime() / 1000,
    }));

const bestLiked = (userRatings: RatingInput[]): RatingInput[] =>
  [...userRatings]
    .sort((a, b) => b.rating - a.rating || a.movieId.localeCompare(b.movieId))
    .slice(0, 1);

interface Served {
  /** The request a person in this situation sends to the strategy. */
  request: (userId: string, userRatings: RatingInput[]) => RecommendRequest;
  /** The weights its scores are sums of (none: cold start ranks by popularity alone). */
  weights?: TermWeights;
}

/** How each strategy is served: its own request, and the terms it scores with. */
function served(strategy: Recommender): Served {
  if (strategy instanceof TermStrategy) {
    return {
      request: (userId, userRatings) => ({ userId, ratings: userRatings, first: 15 }),
      weights: strategy.weights,
    };
  }
  if (strategy instanceof SimilarMovies) {
    return {
      request: (_userId, userRatings) => ({
        userId: null,
        ratings: bestLiked(userRatings),
        first: 8,
      }),
      weights: strategy.weights,
    };
  }
  if (strategy instanceof BecauseYouLiked) {
    return {
      request: (_userId, userRatings) => ({ userId: null, ratings: userRatings, first: 15 }),
      weights: strategy.weights,
    };
  }
  return { request: (userId, userRatings) => ({ userId, ratings: userRatings, first: 15 }) };
}

/** Every strategy, as the server holds them; the list is checked to be the whole set below. */
const strategies = recommender.recommenders.map((strategy) => [strategy.name, strategy] as const);

const liked = (userRatings: RatingInput[]) =>
  new Set(userRatings.filter((r) => r.rating >= SCORER_DEFAULTS.likedRating).map((r) => r.movieId));

/** The evidence a reason names holds in the catalogue and in the user's ratings. */
function expectEvidence(reason: Reason, movieId: string, userRatings: RatingInput[]): void {
  const rated = new Map(userRatings.map((r) => [r.movieId, r.rating]));
  const film = films.get(movieId)!;
  for (const anchorId of reasonAnchors(reason)) expect(rated.has(anchorId)).toBe(true);
  switch (reason.kind) {
    case 'BecauseYouLiked':
      expect(reason.anchorIds.length + reason.watchedIds.length).toBeGreaterThan(0);
      for (const anchorId of reason.anchorIds) expect(liked(userRatings).has(anchorId)).toBe(true);
      for (const anchorId of [...reason.anchorIds, ...reason.watchedIds]) {
        const weight = models.itemItem.weight(
          models.data.itemIndex(anchorId),
          models.data.itemIndex(movieId),
        );
        expect(weight).toBeGreaterThan(0);
      }
      break;
    case 'SharedPerson': {
      const credits = (id: string) =>
        (reason.role === 'DIRECTOR' ? films.get(id)!.directors : films.get(id)!.cast).map(slug);
      expect(liked(userRatings).has(reason.anchorId)).toBe(true);
      expect(credits(movieId)).toContain(reason.personId);
      expect(credits(reason.anchorId)).toContain(reason.personId);
      break;
    }
    case 'SharedKeyword':
      expect(reason.keywords.length).toBeGreaterThan(0);
      for (const keyword of reason.keywords) {
        expect(film.keywords).toContain(keyword);
        expect(films.get(reason.anchorId)!.keywords).toContain(keyword);
      }
      break;
    case 'SharedGenre':
      expect(reason.genres.length).toBeGreaterThan(0);
      for (const genre of reason.genres) {
        expect(film.genres).toContain(genre);
        expect(films.get(reason.anchorId)!.genres).toContain(genre);
      }
      break;
    case 'SimilarUsers':
    case 'Popular':
    case 'TasteProfile':
      expect(models.data.itemCount(models.data.itemIndex(movieId))).toBeGreaterThan(0);
      break;
  }
}

it('puts every strategy behind the one contract', () => {
  expect(strategies.map(([name]) => name)).toEqual([
    'HYBRID',
    'COLLABORATIVE',
    'CONTENT',
    'GRAPH',
    'cold start',
    'similar movies',
    'because you liked',
  ]);
});

describe.each(strategies)('%s', (_name, strategy) => {
  const { request, weights } = served(strategy);

  describe.each(['demo-user-001', 'demo-user-050', 'demo-user-120'])('for %s', (userId) => {
    const userRatings = ratingsOf(userId);
    const asked = request(userId, userRatings);
    const items = strategy.recommend(asked);

    it('returns movies, none of them rated', () => {
      expect(items.length).toBeGreaterThan(0);
      const rated = new Set(asked.ratings.map((rating) => rating.movieId));
      expect(items.filter((item) => rated.has(item.movieId))).toEqual([]);
    });

    if (weights !== undefined && !(strategy instanceof SimilarMovies)) {
      it("never predicts a pick below the user's own mean rating", () => {
        expect(items.length).toBeGreaterThan(0);
        const mean = asked.ratings.reduce((sum, r) => sum + r.rating, 0) / asked.ratings.length;
        expect(Math.min(...items.map((item) => item.predictedRating))).toBeGreaterThanOrEqual(mean);
      });
    }

    it('gives every movie reasons whose shares lie in (0, 1] and add up to at most 1', () => {
      expect(items.length).toBeGreaterThan(0);
      expect(items.filter((item) => item.reasons.length === 0)).toEqual([]);
      const weights = items.flatMap((item) => item.reasons.map((reason) => reason.weight));
      expect(Math.min(...weights)).toBeGreaterThan(0);
      expect(
        Math.max(...items.map((item) => item.reasons.reduce((sum, r) => sum + r.weight, 0))),
      ).toBeLessThanOrEqual(1 + 1e-9);
    });

    it('names only evidence that exists', () => {
      const reasons = items.flatMap((item) =>
        item.reasons.map((reason) => [reason, item.movieId] as const),
      );
      expect(reasons.length).toBeGreaterThan(0);
      for (const [reason, movieId] of reasons) expectEvidence(reason, movieId, [...asked.ratings]);
    });

    if (weights !== undefined) {
      it("loses at least the stated share of its score when a reason's films are removed", () => {
        const { context } = recommender;
        const scoreOf = (ratings: readonly RatingInput[], movieId: string) =>
          context.score(
            context.profile(ratings, asked.userId),
            context.catalogueIndex.get(movieId)!,
            weights,
          );
        const anchored = items.flatMap((item) =>
          item.reasons
            .filter((reason) =>
              ['BecauseYouLiked', 'SharedPerson', 'SharedKeyword'].includes(reason.kind),
            )
            .map((reason) => ({ item, reason })),
        );
        expect(anchored.length).toBeGreaterThan(0);
        for (const { item, reason } of anchored) {
          const before = scoreOf(asked.ratings, item.movieId);
          expect(before).toBeCloseTo(item.score, 9);
          const removed = new Set(reasonAnchors(reason));
          const after = scoreOf(
            asked.ratings.filter((r) => !removed.has(r.movieId)),
            item.movieId,
          );
          expect(before - after).toBeGreaterThanOrEqual(0.9 * reason.weight * before);
        }
      });
    }
  });

  it('ignores movies and users it has never heard of', () => {
    const known = request('no-such-user', ratingsOf('demo-user-007'));
    const items = strategy.recommend({
      ...known,
      ratings: [...known.ratings, { movieId: 'no-such-movie', rating: 5 }],
    });
    expect(items.length).toBeGreaterThan(0);
    expect(items.map((item) => item.movieId)).not.toContain('no-such-movie');
    const onlyUnknown = strategy.recommend({
      userId: 'no-such-user',
      ratings: [{ movieId: 'no-such-movie', rating: 5 }],
      first: 5,
    });
    expect(onlyUnknown.map((item) => item.movieId)).not.toContain('no-such-movie');
    expect(onlyUnknown.filter((item) => item.rankedBy !== 'cold-start')).toEqual([]);
  });
});

it('scores each recommended movie as the sum of the terms its reasons come from', () => {
  const userRatings = ratingsOf('demo-user-002');
  const items = recommender.recommend({ userId: 'demo-user-002', ratings: userRatings, first: 10 });
  expect(items).toHaveLength(10);
  for (const item of items)
    expect(item.score).toBeCloseTo(
      recommender.scoreOf(userRatings, item.movieId, 'demo-user-002'),
      9,
    );
  const scores = items.map((item) => item.score);
  expect(scores).toEqual([...scores].sort((a, b) => b - a));
});

it('ranks a newly rated or dismissed movie out, and never names it as a liked film', () => {
  const userRatings = ratingsOf('demo-user-002');
  const [first] = recommender.recommend({
    userId: 'demo-user-002',
    ratings: userRatings,
    first: 10,
  });
  const updated = [...userRatings, { movieId: first.movieId, rating: 1 }];
  const after = recommender.recommend({ userId: 'demo-user-002', ratings: updated, first: 10 });
  expect(after).toHaveLength(10);
  expect(after.map((item) => item.movieId)).not.toContain(first.movieId);
  expect(after.flatMap((item) => item.reasons.flatMap(reasonAnchors))).not.toContain(first.movieId);
});

it('gives someone with no ratings popular movies from several genres, each saying so', () => {
  const items = recommender.recommend({ userId: null, ratings: [], first: 10 });
  expect(items).toHaveLength(10);
  expect(
    new Set(items.map((item) => films.get(item.movieId)!.genres[0])).size,
  ).toBeGreaterThanOrEqual(4);
  expect(new Set(items.flatMap((item) => item.reasons.map((reason) => reason.kind)))).toEqual(
    new Set(['Popular']),
  );
  expect(new Set(items.map((item) => item.rankedBy))).toEqual(new Set(['cold-start']));
});

it('keeps filters, and never repeats a movie across because-you-liked rows', () => {
  const userRatings = ratingsOf('demo-user-003');
  const horror = recommender.recommend({
    userId: 'demo-user-003',
    ratings: userRatings,
    first: 5,
    filter: { genres: ['Horror'], yearFrom: 1970, yearTo: 1999 },
  });
  expect(horror.length).toBeGreaterThan(0);
  expect(horror.filter((item) => !films.get(item.movieId)!.genres.includes('Horror'))).toEqual([]);
  expect(Math.min(...horror.map((item) => films.get(item.movieId)!.year))).toBeGreaterThanOrEqual(
    1970,
  );
  const rows = recommender.becauseYouLiked(userRatings, 4, 5);
  expect(rows.length).toBeGreaterThan(0);
  const ids = rows.flatMap((row) => row.items.map((item) => item.movieId));
  expect(new Set(ids).size).toBe(ids.length);
  // A row's title, its liked film, is a reason of each of its movies.
  for (const row of rows) {
    expect(row.items.length).toBeGreaterThan(0);
    const named = (item: Recommendation) =>
      item.reasons.some((reason) => reasonAnchors(reason)[0] === row.anchorId);
    expect(row.items.filter((item) => !named(item))).toEqual([]);
  }
});

it('finds similar movies without the movie itself, tied to it by what they share', () => {
  const items = recommender.similarMovies('heat-1995', 8);
  expect(items.length).toBeGreaterThan(0);
  expect(items.map((item) => item.movieId)).not.toContain('heat-1995');
  const reasons = items.flatMap((item) =>
    item.reasons.map((reason) => [reason, item.movieId] as const),
  );
  expect(reasons.length).toBeGreaterThan(0);
  for (const [reason, movieId] of reasons)
    expectEvidence(reason, movieId, [{ movieId: 'heat-1995', rating: 5 }]);
  expect(recommender.similarMovies('no-such-movie', 8)).toEqual([]);
});

describe('the taste-profile term', () => {
  const context = new ScoringContext(models, SCORER_DEFAULTS);
  const userRatings = ratingsOf('demo-user-002');
  const profile = context.profile(userRatings, 'demo-user-002');
  const weights = { ...SCORER_DEFAULTS.terms, taste: 5 };
  const all = context.scorer.scoreAll(profile, weights);
  const unrated = Array.from(all.keys()).filter((index) => !profile.ratings.has(index));
  const termsOf = (index: number) => context.scorer.terms(profile, index, weights);
  const reached = unrated.filter((index) => termsOf(index).some((t) => t.kind === 'itemItem'));

  it('adds the same amount in scoreAll as in the terms, only to movies the item–item terms reach', () => {
    expect(reached.length).toBeGreaterThan(10);
    expect(reached.length).toBeLessThan(unrated.length);
    const withTaste = reached.filter((index) => termsOf(index).some((t) => t.kind === 'taste'));
    expect(withTaste.length).toBe(reached.length);
    for (const index of unrated) {
      const terms = termsOf(index);
      expect(all[index]).toBeCloseTo(
        terms.reduce((sum, term) => sum + term.value, 0),
        9,
      );
      if (!reached.includes(index)) expect(terms.map((term) => term.kind)).not.toContain('taste');
    }
  });

  it('is disclosed as a TasteProfile reason with its share of the score', () => {
    const best = reached.reduce((a, b) => (all[a] >= all[b] ? a : b));
    const item = context.scored(profile, best, weights, () => 3);
    const taste = termsOf(best).find((term) => term.kind === 'taste')!;
    const positive = termsOf(best).reduce((sum, term) => sum + Math.max(0, term.value), 0);
    expect(taste.value).toBeGreaterThan(0);
    const reason = item.reasons.find((r) => r.kind === 'TasteProfile');
    expect(reason?.weight).toBeCloseTo(taste.value / positive, 9);
  });
});
