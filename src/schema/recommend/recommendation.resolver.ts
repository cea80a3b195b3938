import { Arg, Ctx, Float, ID, Int, Query, Resolver } from 'type-graphql';
import { notFound } from '../../errors';
import { RatingInput } from '../../recommend/hybrid-recommender';
import { subjectUserId } from '../auth/subject';
import { listCost, RECOMMENDER_COST, rowsCost } from '../common/cost';
import { checkGenreYearFilter } from '../common/filter-checks';
import { checkCount } from '../common/pagination';
import { required } from '../common/required';
import { Context } from '../context';
import { loadAll } from '../loaders';
import { candidateFilter } from './availability-filter';
import { recommendationViews } from './recommendation-views';
import {
  Recommendation,
  RecommendationFilter,
  RecommendationRow,
  RecommendationStrategy,
} from './recommendation.type';

const MAX_ROWS = 20;

const USER_ID_OPTION = {
  nullable: true,
  description: 'Defaults to the signed-in user; another user needs the admin token',
} as const;

/** The user's ratings as they are in the graph right now, so a new rating counts at once. */
async function currentRatings({ loaders }: Context, userId: string): Promise<RatingInput[]> {
  const ratings = await loaders.ratingsToRecommendFrom.load(userId);
  if (ratings === null) throw notFound('user', userId);
  return ratings;
}

@Resolver()
export class RecommendationResolver {
  @Query(() => [Recommendation], {
    description: 'Movies for this user, best first, each with reasons; never one they rated',
    complexity: listCost(20, RECOMMENDER_COST),
  })
  async recommendations(
    @Arg('userId', () => ID, USER_ID_OPTION) requestedUserId: string | undefined,
    @Arg('first', () => Int, { defaultValue: 20, description: '1 to 100' }) first: number,
    @Arg('filter', () => RecommendationFilter, { nullable: true })
    filter: RecommendationFilter | undefined,
    @Arg('strategy', () => RecommendationStrategy, { defaultValue: RecommendationStrategy.HYBRID })
    strategy: RecommendationStrategy,
    @Ctx() context: Context,
  ): Promise<Recommendation[]> {
    const userId = subjectUserId(context.viewer, requestedUserId);
    checkCount(first, 'first');
    await checkGenreYearFilter(filter, context.repositories.catalogue);
    const ratings = await currentRatings(context, userId);
    const candidates = await candidateFilter(filter, userId, context);
    const items = await context
      .recommender()
      .recommend({ userId, ratings, first, strategy, filter: candidates });
    return recommendationViews(items, context.loaders);
  }

  @Query(() => [RecommendationRow], {
    description: '"Because you liked X" rows, one per favourite; no movie appears twice',
    complexity: rowsCost,
  })
  async becauseYouLiked(
    @Arg('userId', () => ID, USER_ID_OPTION) requestedUserId: string | undefined,
    @Arg('rows', () => Int, { defaultValue: 5, description: `1 to ${MAX_ROWS}` }) rows: number,
    @Arg('perRow', () => Int, { defaultValue: 10, description: '1 to 100' }) perRow: number,
    @Arg('filter', () => RecommendationFilter, { nullable: true })
    filter: RecommendationFilter | undefined,
    @Ctx() context: Context,
  ): Promise<RecommendationRow[]> {
    const userId = subjectUserId(context.viewer, requestedUserId);
    checkCount(rows, 'rows', MAX_ROWS);
    checkCount(perRow, 'perRow');
    await checkGenreYearFilter(filter, context.repositories.catalogue);
    const ratings = await currentRatings(context, userId);
    const candidates = await candidateFilter(filter, userId, context);
    const found = await context.recommender().becauseYouLiked(ratings, rows, perRow, candidates);
    const anchors = await loadAll(
      context.loaders.movie,
      found.map((row) => row.anchorId),
    );
    const views = await Promise.all(
      found.map(async (row, n) => ({
        anchor: anchors[n],
        items: await recommendationViews(row.items, context.loaders),
      })),
    );
    return views.filter(
      (row): row is RecommendationRow => row.anchor !== null && row.items.length > 0,
    );
  }

  @Query(() => [Recommendation], {
    description: 'Movies like this one, each with what ties the two',
    complexity: listCost(10, RECOMMENDER_COST),
  })
  async similarMovies(
    @Arg('movieId', () => ID) movieId: string,
    @Arg('first', () => Int, { defaultValue: 10, description: '1 to 100' }) first: number,
    @Ctx() context: Context,
  ): Promise<Recommendation[]> {
    checkCount(first, 'first');
    required(await context.loaders.movie.load(movieId), 'movie', movieId);
    const items = await context.recommender().similarMovies(movieId, first);
    return recommendationViews(items, context.loaders, 'movie');
  }

  @Query(() => Float, {
    description: 'The rating this user would probably give this movie, 0.5 to 5',
    complexity: RECOMMENDER_COST,
  })
  async predictRating(
    @Arg('movieId', () => ID) movieId: string,
    @Arg('userId', () => ID, USER_ID_OPTION) requestedUserId: string | undefined,
    @Ctx() context: Context,
  ): Promise<number> {
    const userId = subjectUserId(context.viewer, requestedUserId);
    const ratings = await currentRatings(context, userId);
    required(await context.loaders.movie.load(movieId), 'movie', movieId);
    return context.recommender().predictRating(ratings, movieId);
  }
}
