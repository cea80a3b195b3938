import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { required } from '../common/required';
import { Context } from '../context';
import { Movie } from '../movie/movie.type';
import { Rating } from './rating.type';
import { User } from './user.type';

@Resolver(() => Rating)
export class RatingResolver {
  @FieldResolver(() => User)
  async user(@Root() rating: Rating, @Ctx() { loaders }: Context): Promise<User> {
    return required(await loaders.user.load(rating.userId), 'user', rating.userId);
  }

  @FieldResolver(() => Movie)
  async movie(@Root() rating: Rating, @Ctx() { loaders }: Context): Promise<Movie> {
    return required(await loaders.movie.load(rating.movieId), 'movie', rating.movieId);
  }
}
