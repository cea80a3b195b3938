import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { badInput } from '../../errors';
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

  @Query(() => MovieConnection, { description: 'Browse or search the catalogue, a page at a time' })
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

  @FieldResolver(() => [Genre])
  async genres(@Root() movie: Movie, @Ctx() { loaders }: Context): Promise<Genre[]> {
    return (await loaders.genresOfMovie.load(movie.id)).map((name) => ({ name }));
  }

  @FieldResolver(() => [Person])
  directors(@Root() movie: Movie, @Ctx() { loaders }: Context): Promise<Person[]> {
    return loaders.directorsOfMovie.load(movie.id);
  }

  @FieldResolver(() => [Person], { description: 'Actors in billing order' })
  async cast(
    @Root() movie: Movie,
    @Ctx() { loaders }: Context,
    @Arg('first', () => Int, { nullable: true, description: 'Only the first n billed actors' })
    first?: number,
  ): Promise<Person[]> {
    if (first !== undefined && first !== null && first < 0)
      throw badInput('cast.first', `must be 0 or more, got ${first}`);
    const cast = await loaders.castOfMovie.load(movie.id);
    return first == null ? cast : cast.slice(0, first);
  }

  @FieldResolver(() => [String], { description: 'Plot keywords and user tags, lower case' })
  keywords(@Root() movie: Movie, @Ctx() { loaders }: Context): Promise<string[]> {
    return loaders.keywordsOfMovie.load(movie.id);
  }

  @FieldResolver(() => RatingStats)
  ratingStats(@Root() movie: Movie, @Ctx() { loaders }: Context): Promise<RatingStats> {
    return loaders.ratingStatsOfMovie.load(movie.id);
  }
}
