import { Field, ID, ObjectType } from 'type-graphql';
import { Connection } from '../common/pagination';

@ObjectType({
  description:
    'Someone who rates movies and gets recommendations; readable by themselves and the admin token',
})
export class User {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The email they sign in with; null for dataset users, who cannot sign in',
  })
  email!: string | null;
}

@ObjectType()
export class UserConnection extends Connection('User', User) {}
