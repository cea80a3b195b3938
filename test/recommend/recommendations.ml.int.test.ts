import { RecommendRepository } from '../../src/graph/recommend-repository';
import { describeWithSharedData, useMovieLensSmall } from '../support/catalogues';
import { startTestServer, TestServer } from '../support/test-server';
import { REASON_FIELDS, reasonPathExists, ReasonView } from './reason-paths';

describeWithSharedData('recommendations on ml-latest-small', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer(useMovieLensSmall);
  });

  afterAll(() => server?.stop());

  const recommend = async (userId: string) => {
    const { data, errors } = await server.graphql(
      `query($u: ID!) { recommendations(userId: $u, first: 20) { movie { id } reasons { ${REASON_FIELDS} } } }`,
      { u: userId },
    );
    expect(errors).toBeUndefined();
    return data!.recommendations as { movie: { id: string }; reasons: ReasonView[] }[];
  };

  const ratedBy = async (userId: string) => {
    const ratings = await new RecommendRepository(server.database).userRatings(userId);
    expect(ratings!.length).toBeGreaterThan(0);
    return new Set(ratings!.map((rating) => rating.movieId));
  };

  it.each(['1', '68', '414', '610'])(
    'user %s: 20 unrated movies, each with reasons that exist in the graph',
    async (userId) => {
      const items = await recommend(userId);
      const rated = await ratedBy(userId);
      expect(items).toHaveLength(20);
      for (const item of items) {
        expect(rated.has(item.movie.id)).toBe(false);
        expect(item.reasons.length).toBeGreaterThan(0);
        for (const reason of item.reasons)
          expect(await reasonPathExists(server.database, userId, item.movie.id, reason)).toBe(true);
      }
    },
  );

  it('a new rating changes the next recommendations', async () => {
    const before = await recommend('5');
    const movieId = before[0].movie.id;
    try {
      await server.graphql(
        'mutation($m: ID!) { rateMovie(userId: "5", movieId: $m, rating: 0.5) { value } }',
        { m: movieId },
      );
      const after = await recommend('5');
      expect(after.map((item) => item.movie.id)).not.toContain(movieId);
      expect(after).not.toEqual(before);
    } finally {
      await server.graphql('mutation($m: ID!) { removeRating(userId: "5", movieId: $m) }', {
        m: movieId,
      });
    }
  });
});
