import { GraphQLNonNegativeInt } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Connection } from '../common/pagination';

@ObjectType({ description: 'A film in the catalogue' })
export class Movie {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'The title as loaded, e.g. "Matrix, The"; displayTitle reads better' })
  title!: string;

  @Field(() => Int, { nullable: true, description: 'Release year, when known' })
  year!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'IMDb title number (tt0113277 → 113277), when known',
  })
  imdbId!: number | null;

  @Field(() => Int, { nullable: true, description: 'The Movie Database id, when known' })
  tmdbId!: number | null;
}

@ObjectType({ description: 'How users rated a movie' })
export class RatingStats {
  @Field(() => GraphQLNonNegativeInt)
  count!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Mean rating from 0.5 to 5; null with no ratings',
  })
  average!: number | null;
}

@ObjectType()
export class MovieConnection extends Connection('Movie', Movie) {}
