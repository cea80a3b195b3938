import { Field, ObjectType } from 'type-graphql';
import { User } from '../user/user.type';

@ObjectType({ description: 'A session: send the token as "Authorization: Bearer <token>"' })
export class AuthPayload {
  @Field()
  token!: string;

  @Field(() => User)
  user!: User;
}
