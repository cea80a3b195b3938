import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  Float,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { badInput } from '../../errors';
import { Role } from '../auth/auth-checker';
import { actingUserId, subjectUserId } from '../auth/subject';
import { listCost } from '../common/cost';
import { pageRequest, toConnection } from '../common/pagination';
import { required } from '../common/required';
import { Context } from '../context';
import { PageArgs } from '../movie/movie.args';
import { displayName } from './display-name';
import { Rating, RatingConnection } from './rating.type';
import { User, UserConnection } from './user.type';

function checkRating(value: number): void {
  if (!(value >= 0.5 && value <= 5 && Number.isInteger(value * 2))) {
    throw badInput('rating', `must be from 0.5 to 5 in steps of 0.5, got ${value}`);
  }
}

@Resolver(() => User)
export class UserResolver {
  @Query(() => User, {
    description:
      'One user by id: yourself, or anyone with the admin token; NOT_FOUND when there is none',
  })
  async user(@Arg('id', () => ID) id: string, @Ctx() { viewer, loaders }: Context): Promise<User> {
    const userId = subjectUserId(viewer, id);
    return required(await loaders.user.load(userId), 'user', userId);
  }

  @Authorized(Role.Admin)
  @Query(() => UserConnection, {
    description: 'Every user; needs the admin token',
    complexity: listCost(20),
  })
  async users(
    @Args() { first, after }: PageArgs,
    @Ctx() { repositories }: Context,
  ): Promise<UserConnection> {
    const request = pageRequest(first, after);
    return toConnection(await repositories.users.listUsers(request), request);
  }

  @FieldResolver(() => RatingConnection, {
    description: "The user's ratings, newest first",
    complexity: listCost(20),
  })
  async ratings(
    @Root() user: User,
    @Args() { first, after }: PageArgs,
    @Ctx() { loaders }: Context,
  ): Promise<RatingConnection> {
    const request = pageRequest(first, after, 'ratings');
    return toConnection(
      await loaders.ratingsOfUser.load({ id: user.id, options: request }),
      request,
    );
  }

  @FieldResolver(() => String, {
    description: 'The name shown to people: "MovieLens user 1" for a dataset user',
  })
  displayName(@Root() user: User): string {
    return displayName(user.name);
  }

  @FieldResolver(() => Int)
  ratingCount(@Root() user: User, @Ctx() { loaders }: Context): Promise<number> {
    return loaders.ratingCountOfUser.load(user.id);
  }

  @Authorized(Role.User)
  @Mutation(() => Rating, {
    description:
      'Rate a movie from 0.5 to 5 stars as the signed-in user; rating it again replaces the value and time',
  })
  rateMovie(
    @Arg('movieId', () => ID) movieId: string,
    @Arg('rating', () => Float) rating: number,
    @Ctx() { viewer, repositories }: Context,
  ): Promise<Rating> {
    checkRating(rating);
    return repositories.users.rateMovie(actingUserId(viewer), movieId, rating);
  }

  @Authorized(Role.User)
  @Mutation(() => Boolean, {
    description:
      "Remove the signed-in user's rating: true when one was removed, false when there was none",
  })
  removeRating(
    @Arg('movieId', () => ID) movieId: string,
    @Ctx() { viewer, repositories }: Context,
  ): Promise<boolean> {
    return repositories.users.removeRating(actingUserId(viewer), movieId);
  }
}
