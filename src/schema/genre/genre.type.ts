import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A MovieLens genre such as "Crime" or "Sci-Fi"' })
export class Genre {
  @Field()
  name!: string;
}
