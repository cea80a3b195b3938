import { Field, Float, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { boundedListCost } from '../common/cost';
import { Movie } from '../movie/movie.type';
import { Reason } from './reason.type';

export enum RecommendationStrategy {
  HYBRID = 'HYBRID',
  COLLABORATIVE = 'COLLABORATIVE',
  CONTENT = 'CONTENT',
  GRAPH = 'GRAPH',
}

registerEnumType(RecommendationStrategy, {
  name: 'RecommendationStrategy',
  valuesConfig: {
    HYBRID: { description: 'Everything below, weighted as chosen on held-out data (the default)' },
    COLLABORATIVE: {
      description: 'What users with similar ratings liked (EASE, matrix factorisation, item-kNN)',
    },
    CONTENT: {
      description: 'Genres, directors, cast and keywords like those of the movies you rated highly',
    },
    GRAPH: {
      description: 'Shared directors, actors and genres with your liked movies, and similar users',
    },
  },
});

@InputType({ description: 'Narrows recommendations; every field is optional' })
export class RecommendationFilter {
  @Field(() => [String], { nullable: true, description: 'Movies in any of these genres' })
  genres?: string[];

  @Field(() => Int, { nullable: true })
  yearFrom?: number;

  @Field(() => Int, { nullable: true })
  yearTo?: number;
}

@ObjectType({ description: 'A movie recommended to someone, with the reasons why' })
export class Recommendation {
  @Field(() => Movie)
  movie!: Movie;

  @Field(() => Float, {
    description: 'Ranking score; higher is better, comparable within one list',
  })
  score!: number;

  @Field(() => Float, { description: 'The rating this user would probably give, 0.5 to 5' })
  predictedRating!: number;

  @Field(() => [Reason], {
    description: 'At least one, strongest first',
    complexity: boundedListCost(3),
  })
  reasons!: Reason[];
}

@ObjectType({
  description: '"Because you liked <anchor>": movies tied to one of the user\'s favourites',
})
export class RecommendationRow {
  @Field(() => Movie)
  anchor!: Movie;

  @Field(() => [Recommendation])
  items!: Recommendation[];
}
