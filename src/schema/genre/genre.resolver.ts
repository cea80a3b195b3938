import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { boundedListCost, listCost } from '../common/cost';
import { Context } from '../context';
import { MovieConnection } from '../movie/movie.type';
import { MoviesArgs } from '../movie/movie.args';
import { findMoviePage } from '../movie/movie-query';
import { Genre } from './genre.type';

@Resolver(() => Genre)
export class GenreResolver {
  @Query(() => [Genre], { description: 'Every genre, A to Z', complexity: boundedListCost(20) })
  async genres(@Ctx() { repositories }: Context): Promise<Genre[]> {
    return (await repositories.catalogue.genres()).map(({ name }) => ({ name }));
  }

  @FieldResolver(() => MovieConnection, {
    description: 'Movies in this genre, narrowed further by filter',
    complexity: listCost(20),
  })
  movies(
    @Root() genre: Genre,
    @Args() args: MoviesArgs,
    @Ctx() context: Context,
  ): Promise<MovieConnection> {
    return findMoviePage(
      { ...args, filter: { ...args.filter, genres: [genre.name] } },
      context,
      'movies',
    );
  }
}
