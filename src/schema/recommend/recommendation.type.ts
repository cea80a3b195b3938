import { Field, Float, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { MAX_PROVIDERS } from '../../availability/provider-names';
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
      description: 'What other ratings say: learned item–item weights and similar users',
    },
    CONTENT: {
      description: 'Directors, cast, keywords and genres like those of the movies you liked',
    },
    GRAPH: {
      description:
        'Paths through directors, actors, keywords and genres to your liked movies, and similar users',
    },
  },
});

export enum RankingComponent {
  ITEM_ITEM = 'item-item',
  PEOPLE = 'people',
  KEYWORDS = 'keywords',
  GENRES = 'genres',
  POPULARITY = 'popularity',
  SIMILAR_USERS = 'similar-users',
  TASTE_PROFILE = 'taste-profile',
  COLD_START = 'cold-start',
}

registerEnumType(RankingComponent, {
  name: 'RankingComponent',
  description: "The kind of evidence that contributed most to a recommendation's score",
  valuesConfig: {
    ITEM_ITEM: { description: 'Learned item–item weights from movies you rated' },
    PEOPLE: { description: 'Directors and actors shared with movies you liked' },
    KEYWORDS: { description: 'Plot keywords shared with movies you liked' },
    GENRES: { description: 'Genres you like' },
    POPULARITY: { description: 'How many people rated it' },
    SIMILAR_USERS: { description: 'Users who share your likes liked it' },
    TASTE_PROFILE: {
      description: 'The implicit factor model: it matches the taste profile of all your ratings',
    },
    COLD_START: { description: 'No ratings yet: popular movies across genres' },
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

  @Field(() => [String], {
    nullable: true,
    description: `Movies on any of these services (names from \`providers\`, at most ${MAX_PROVIDERS})`,
  })
  availableOn?: string[];

  @Field(() => Boolean, {
    nullable: true,
    description:
      "Only what I can watch: movies on the user's own services (setMyServices), in their region",
  })
  onMyServices?: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      'With availableOn or onMyServices: where (ISO 3166-1 alpha-2, e.g. "US"); defaults to the user\'s region with onMyServices, else any',
  })
  region?: string;
}

@ObjectType({ description: 'A movie recommended to someone, with the reasons why' })
export class Recommendation {
  @Field(() => Movie)
  movie!: Movie;

  @Field(() => Float, {
    description:
      'Ranking score, the sum of the evidence terms the reasons are drawn from; comparable within one list',
  })
  score!: number;

  @Field(() => Float, { description: 'The rating this user would probably give, 0.5 to 5' })
  predictedRating!: number;

  @Field(() => RankingComponent, { description: 'Which kind of evidence ranked it' })
  rankedBy!: RankingComponent;

  @Field(() => [Reason], {
    description: 'At least one, strongest first: the largest terms of the score',
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
