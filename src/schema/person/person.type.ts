import { Field, ID, ObjectType } from 'type-graphql';
import { Connection } from '../common/pagination';

@ObjectType({ description: 'A director or actor' })
export class Person {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;
}

@ObjectType()
export class PersonConnection extends Connection('Person', Person) {}
