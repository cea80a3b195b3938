import { Field, Float, InterfaceType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Genre } from '../genre/genre.type';
import { Movie } from '../movie/movie.type';
import { Person } from '../person/person.type';

export enum PersonRole {
  DIRECTOR = 'DIRECTOR',
  ACTOR = 'ACTOR',
}

registerEnumType(PersonRole, { name: 'PersonRole' });

@InterfaceType({
  description: 'Why a movie is recommended; each names a path that exists in the graph',
  resolveType: (reason: { kind: string }) => reason.kind,
})
export abstract class Reason {
  @Field({
    description:
      'A sentence a person reads, e.g. "Because you liked Heat (1995): also directed by Michael Mann"',
  })
  text!: string;

  @Field(() => Float, {
    description: "This reason's share of the recommendation's evidence, 0 to 1",
  })
  weight!: number;
}

@ObjectType({ implements: Reason, description: 'Users who liked the anchor rate this movie alike' })
export class BecauseYouLiked extends Reason {
  @Field(() => Movie)
  anchor!: Movie;

  @Field(() => Float, { description: 'Item–item similarity from co-ratings, -1 to 1' })
  similarity!: number;
}

@ObjectType({
  implements: Reason,
  description: 'A director or actor of this movie also made the anchor',
})
export class SharedPerson extends Reason {
  @Field(() => Person)
  person!: Person;

  @Field(() => PersonRole)
  role!: PersonRole;

  @Field(() => Movie)
  anchor!: Movie;
}

@ObjectType({ implements: Reason, description: 'This movie shares genres with the anchor' })
export class SharedGenre extends Reason {
  @Field(() => Genre)
  genre!: Genre;

  @Field(() => [Genre], { description: 'Every genre the two share' })
  genres!: Genre[];

  @Field(() => Movie)
  anchor!: Movie;
}

@ObjectType({
  implements: Reason,
  description: 'Users with similar tastes, or fans of one movie, rated this movie highly',
})
export class SimilarUsers extends Reason {
  @Field(() => Int)
  count!: number;

  @Field(() => Movie, {
    nullable: true,
    description: 'Set when the users counted are the fans of this one movie',
  })
  fansOf!: Movie | null;
}

@ObjectType({ implements: Reason, description: 'Many people rated this movie' })
export class Popular extends Reason {
  @Field(() => Int)
  ratingCount!: number;
}

export const reasonTypes = [
  BecauseYouLiked,
  SharedPerson,
  SharedGenre,
  SimilarUsers,
  Popular,
] as const;
