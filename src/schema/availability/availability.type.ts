import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A streaming service films can be watched on' })
export class Provider {
  @Field()
  name!: string;

  @Field(() => [String], {
    description: 'Regions (ISO 3166-1 alpha-2, e.g. "US") where it carries films in this catalogue',
  })
  regions!: string[];
}

@ObjectType({ description: 'A service a movie can be watched on, in one region' })
export class Availability {
  @Field({ description: 'The service’s name' })
  provider!: string;

  @Field({ description: 'ISO 3166-1 alpha-2 country code, e.g. "US"' })
  region!: string;
}

@ObjectType({ description: 'The services someone watches on, and where' })
export class Services {
  @Field(() => [String], { description: 'Service names, A to Z; empty until chosen' })
  providers!: string[];

  @Field(() => String, {
    nullable: true,
    description: 'ISO 3166-1 alpha-2 country code; null until chosen',
  })
  region!: string | null;
}
