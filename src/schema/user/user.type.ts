import { Field, ID, ObjectType } from 'type-graphql';
import { Connection } from '../common/pagination';

@ObjectType({ description: 'Someone who rates movies and gets recommendations' })
export class User {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;
}

@ObjectType()
export class UserConnection extends Connection('User', User) {}
