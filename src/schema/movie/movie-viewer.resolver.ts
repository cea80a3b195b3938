import { Ctx, FieldResolver, Float, Resolver, Root } from 'type-graphql';
import { Context } from '../context';
import { ratingKey } from '../loaders';
import { Movie } from './movie.type';

/** What a movie is to the signed-in user; null or false for anyone else. */
@Resolver(() => Movie)
export class MovieViewerResolver {
  @FieldResolver(() => Float, {
    nullable: true,
    description: "The signed-in user's rating of this movie; null when unrated or signed out",
  })
  async myRating(
    @Root() movie: Movie,
    @Ctx() { viewer, loaders }: Context,
  ): Promise<number | null> {
    if (viewer.kind !== 'user') return null;
    return loaders.ratingOfMovie.load(ratingKey(viewer.userId, movie.id));
  }

  @FieldResolver(() => Boolean, {
    description: 'True when the signed-in user marked this movie "not interested"',
  })
  async dismissed(@Root() movie: Movie, @Ctx() { viewer, loaders }: Context): Promise<boolean> {
    if (viewer.kind !== 'user') return false;
    return (await loaders.dismissalsOfUser.load(viewer.userId)).includes(movie.id);
  }
}
