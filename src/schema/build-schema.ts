import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AccountResolver } from './account/account.resolver';
import {
  AvailabilityResolver,
  MovieAvailabilityResolver,
  UserServicesResolver,
} from './availability/availability.resolver';
import { authChecker } from './auth/auth-checker';
import { stopFieldsAtDeadline } from './common/stop-at-deadline';
import { DismissalResolver } from './dismissal/dismissal.resolver';
import { GenreResolver } from './genre/genre.resolver';
import { MovieViewerResolver } from './movie/movie-viewer.resolver';
import { MovieResolver } from './movie/movie.resolver';
import { PersonResolver } from './person/person.resolver';
import { RecommendationResolver } from './recommend/recommendation.resolver';
import { reasonTypes } from './recommend/reason.type';
import { RatingResolver } from './user/rating.resolver';
import { UserResolver } from './user/user.resolver';

export const resolvers = [
  MovieResolver,
  MovieViewerResolver,
  PersonResolver,
  GenreResolver,
  UserResolver,
  RatingResolver,
  RecommendationResolver,
  AccountResolver,
  DismissalResolver,
  AvailabilityResolver,
  UserServicesResolver,
  MovieAvailabilityResolver,
] as const;

/** Input checks live in the resolvers, so type-graphql's class-validator step stays off. */
export async function buildReelgraphSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers,
    orphanedTypes: [...reasonTypes],
    validate: false,
    authChecker,
  });
  return stopFieldsAtDeadline(schema);
}

/** The SDL checked in as schema/schema.graphql; sorted so it diffs cleanly. */
export function schemaText(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
