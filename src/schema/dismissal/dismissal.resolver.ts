import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { Role } from '../auth/auth-checker';
import { actingUserId } from '../auth/subject';
import { boundedListCost } from '../common/cost';
import { Context } from '../context';
import { loadAll } from '../loaders';
import { Movie } from '../movie/movie.type';
import { User } from '../user/user.type';

/** "Not interested": the signed-in user's say on films the data cannot know they dislike. */
@Resolver(() => User)
export class DismissalResolver {
  @FieldResolver(() => [Movie], {
    description: 'Movies this user marked "not interested", newest first',
    complexity: boundedListCost(10),
  })
  async notInterested(@Root() user: User, @Ctx() { loaders }: Context): Promise<Movie[]> {
    const movies = await loadAll(loaders.movie, await loaders.dismissalsOfUser.load(user.id));
    return movies.filter((movie): movie is Movie => movie !== null);
  }

  @Authorized(Role.User)
  @Mutation(() => Boolean, {
    description:
      'Never recommend this movie to me again; it also counts as a dislike (1 star), so films like it rank lower',
  })
  dismissMovie(
    @Arg('movieId', () => ID) movieId: string,
    @Ctx() { viewer, repositories }: Context,
  ): Promise<boolean> {
    return repositories.users.dismissMovie(actingUserId(viewer), movieId);
  }

  @Authorized(Role.User)
  @Mutation(() => Boolean, {
    description: 'Undo dismissMovie; true when the movie had been dismissed',
  })
  undismissMovie(
    @Arg('movieId', () => ID) movieId: string,
    @Ctx() { viewer, repositories }: Context,
  ): Promise<boolean> {
    return repositories.users.undismissMovie(actingUserId(viewer), movieId);
  }
}
