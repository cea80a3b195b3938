import { GraphQLDateTime } from 'graphql-scalars';
import { Field, Float, ObjectType } from 'type-graphql';
import { Connection } from '../common/pagination';

@ObjectType({ description: "A user's rating of a movie" })
export class Rating {
  userId!: string;
  movieId!: string;

  @Field(() => Float, { description: '0.5 to 5 stars in half steps' })
  value!: number;

  @Field(() => GraphQLDateTime)
  ratedAt!: Date;
}

@ObjectType()
export class RatingConnection extends Connection('Rating', Rating) {}
