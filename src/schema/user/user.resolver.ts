import {
  Arg,
  Args,
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
import { pageRequest, toConnection } from '../common/pagination';
import { required } from '../common/required';
import { Context } from '../context';
import { PageArgs } from '../movie/movie.args';
import { displayName } from './display-name';
import { Rating, RatingConnection } from './rating.type';
import { User, UserConnection } from './user.type';

const MAX_NAME_LENGTH = 100;

function checkRating(value: number): void {
  if (!(value >= 0.5 && value <= 5 && Number.isInteger(value * 2))) {
    throw badInput('rating', `must be from 0.5 to 5 in steps of 0.5, got ${value}`);
  }
}

function checkName(name: string): string {
  const trimmed = name.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_NAME_LENGTH) {
    throw badInput('name', `must be 1 to ${MAX_NAME_LENGTH} characters, not blank`);
  }
  return trimmed;
}

@Resolver(() => User)
export class UserResolver {
  @Query(() => User, { description: 'One user by id; NOT_FOUND when there is none' })
  async user(@Arg('id', () => ID) id: string, @Ctx() { loaders }: Context): Promise<User> {
    return required(await loaders.user.load(id), 'user', id);
  }

  @Query(() => UserConnection)
  async users(
    @Args() { first, after }: PageArgs,
    @Ctx() { repositories }: Context,
  ): Promise<UserConnection> {
    const request = pageRequest(first, after);
    return toConnection(await repositories.users.listUsers(request), request);
  }

  @FieldResolver(() => RatingConnection, { description: "The user's ratings, newest first" })
  async ratings(
    @Root() user: User,
    @Args() { first, after }: PageArgs,
    @Ctx() { loaders }: Context,
  ): Promise<RatingConnection> {
    const request = pageRequest(first, after, 'ratings');
    const ratings = await loaders.ratingsOfUser.load(user.id);
    const items = ratings.slice(request.offset, request.offset + request.limit);
    return toConnection({ total: ratings.length, items }, request);
  }

  @FieldResolver(() => String, {
    description: 'The name shown to people: "MovieLens user 1" for a dataset user',
  })
  displayName(@Root() user: User): string {
    return displayName(user.name);
  }

  @FieldResolver(() => Int)
  async ratingCount(@Root() user: User, @Ctx() { loaders }: Context): Promise<number> {
    return (await loaders.ratingsOfUser.load(user.id)).length;
  }

  @Mutation(() => User, { description: 'A new user with a generated id' })
  createUser(
    @Arg('name', () => String) name: string,
    @Ctx() { repositories }: Context,
  ): Promise<User> {
    return repositories.users.createUser(checkName(name));
  }

  @Mutation(() => Rating, {
    description: 'Rate a movie from 0.5 to 5 stars; rating it again replaces the value and time',
  })
  rateMovie(
    @Arg('userId', () => ID) userId: string,
    @Arg('movieId', () => ID) movieId: string,
    @Arg('rating', () => Float) rating: number,
    @Ctx() { repositories }: Context,
  ): Promise<Rating> {
    checkRating(rating);
    return repositories.users.rateMovie(userId, movieId, rating);
  }

  @Mutation(() => Boolean, {
    description: 'True when a rating was removed, false when there was none',
  })
  removeRating(
    @Arg('userId', () => ID) userId: string,
    @Arg('movieId', () => ID) movieId: string,
    @Ctx() { repositories }: Context,
  ): Promise<boolean> {
    return repositories.users.removeRating(userId, movieId);
  }
}
