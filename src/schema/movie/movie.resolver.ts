import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { boundedListCost, listCost } from '../common/cost';
import { checkCount, MAX_PAGE_SIZE } from '../common/pagination';
import { required } from '../common/required';
import { Context } from '../context';
import { Genre } from '../genre/genre.type';
import { Person } from '../person/person.type';
import { displayTitle } from './display-title';
import { MoviesArgs } from './movie.args';
import { findMoviePage } from './movie-query';
import { Movie, MovieConnection, RatingStats } from './movie.type';

@Resolver(() => Movie)
export class MovieResolver {
  @Query(() => Movie, { description: 'One movie by id; NOT_FOUND when there is none' })
  async movie(@Arg('id', () => ID) id: string, @Ctx() { loaders }: Context): Promise<Movie> {
    return required(await loaders.movie.load(id), 'movie', id);
  }

  @Query(() => MovieConnection, {
    description: 'Browse or search the catalogue, a page at a time',
    complexity: listCost(20),
  })
  movies(@Args() args: MoviesArgs, @Ctx() context: Context): Promise<MovieConnection> {
    return findMoviePage(args, context);
  }

  @FieldResolver(() => String, {
    description:
      'The title as people write it, with the year: "The Matrix (1999)" for "Matrix, The"',
  })
  displayTitle(@Root() movie: Movie): string {
    return displayTitle(movie.title, movie.year);
  }

  @FieldResolver(() => [Genre], { complexity: boundedListCost(3) })
  async genres(@Root() movie: Movie, @Ctx() { loaders }: Context): Promise<Genre[]> {
    return (await loaders.genresOfMovie.load(movie.id)).map((name) => ({ name }));
  }

  @FieldResolver(() => [Person], { description: 'Directors A to Z', complexity: listCost(5) })
  directors(
    @Root() movie: Movie,
    @Ctx() { loaders }: Context,
    @Arg('first', () => Int, { defaultValue: 5, description: `At most n, 1 to ${MAX_PAGE_SIZE}` })
    first: number,
  ): Promise<Person[]> {
    checkCount(first, 'directors.first');
    return loaders.directorsOfMovie.load({ id: movie.id, options: first });
  }

  @FieldResolver(() => [Person], {
    description:
      'Actors credited on the film, in the order the source lists them (for IMDb 5000 data that is not billing order)',
    complexity: listCost(20),
  })
  cast(
    @Root() movie: Movie,
    @Ctx() { loaders }: Context,
    @Arg('first', () => Int, {
      defaultValue: 20,
      description: `Only the first n actors listed, 1 to ${MAX_PAGE_SIZE}`,
    })
    first: number,
  ): Promise<Person[]> {
    checkCount(first, 'cast.first');
    return loaders.castOfMovie.load({ id: movie.id, options: first });
  }

  @FieldResolver(() => [String], {
    description: 'Plot keywords and user tags, lower case, A to Z',
    complexity: listCost(20),
  })
  keywords(
    @Root() movie: Movie,
    @Ctx() { loaders }: Context,
    @Arg('first', () => Int, { defaultValue: 20, description: `At most n, 1 to ${MAX_PAGE_SIZE}` })
    first: number,
  ): Promise<string[]> {
    checkCount(first, 'keywords.first');
    return loaders.keywordsOfMovie.load({ id: movie.id, options: first });
  }

  @FieldResolver(() => RatingStats)
  ratingStats(@Root() movie: Movie, @Ctx() { loaders }: Context): Promise<RatingStats> {
    return loaders.ratingStatsOfMovie.load(movie.id);
  }
}
