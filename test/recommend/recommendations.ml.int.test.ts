import { RecommendRepository } from '../../src/graph/recommend-repository';
import { deleteTestAccounts, signUp } from '../support/accounts';
import { describeWithSharedData, useMovieLensSmall } from '../support/catalogues';
import { startTestServer, TestServer } from '../support/test-server';
import { REASON_FIELDS, reasonPathExists, ReasonView } from './reason-paths';

describeWithSharedData('recommendations on ml-latest-small', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer(useMovieLensSmall);
  });

  afterAll(async () => {
    if (!server) return;
    await deleteTestAccounts(server);
    await server.stop();
  });

  /** A dataset user's with the admin token, or the signed-in user's own with theirs. */
  const recommend = async (userId: string | undefined, token = server.adminToken) => {
    const { data, errors } = await server.graphql(
      `query($u: ID) { recommendations(userId: $u, first: 20) { movie { id } reasons { ${REASON_FIELDS} } } }`,
      { u: userId },
      token,
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

  it("a new account's rating changes its next recommendations", async () => {
    const { token } = await signUp(server, 'MovieLens newcomer');
    const rate = async (movieId: string, rating: number) => {
      const { errors } = await server.graphql(
        'mutation($m: ID!, $r: Float!) { rateMovie(movieId: $m, rating: $r) { value } }',
        { m: movieId, r: rating },
        token,
      );
      expect(errors).toBeUndefined();
    };
    const likedByUser5 = [...(await ratedBy('5'))].slice(0, 5);
    expect(likedByUser5).toHaveLength(5);
    for (const movieId of likedByUser5) await rate(movieId, 5);
    const before = await recommend(undefined, token);
    const movieId = before[0].movie.id;
    await rate(movieId, 0.5);
    const after = await recommend(undefined, token);
    expect(after.map((item) => item.movie.id)).not.toContain(movieId);
    expect(after).not.toEqual(before);
  });
});
