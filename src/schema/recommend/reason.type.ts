import { Field, Float, ID, InterfaceType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Genre } from '../genre/genre.type';
import { Movie } from '../movie/movie.type';
import { Person } from '../person/person.type';

export enum PersonRole {
  DIRECTOR = 'DIRECTOR',
  ACTOR = 'ACTOR',
}

registerEnumType(PersonRole, { name: 'PersonRole' });

export enum PathNodeKind {
  YOU = 'YOU',
  MOVIE = 'MOVIE',
  PERSON = 'PERSON',
  GENRE = 'GENRE',
  KEYWORD = 'KEYWORD',
  USERS = 'USERS',
}

registerEnumType(PathNodeKind, {
  name: 'PathNodeKind',
  description: "What a node on a reason's path is",
  valuesConfig: {
    YOU: { description: 'The user the recommendation is for' },
    USERS: { description: 'A group of users, e.g. people with tastes like yours' },
  },
});

@ObjectType({ description: 'A node on the path behind a reason' })
export class PathNode {
  @Field(() => PathNodeKind)
  kind!: PathNodeKind;

  @Field(() => ID, {
    nullable: true,
    description: 'The movie, person, genre or keyword id; null for YOU and USERS',
  })
  id!: string | null;

  @Field({ description: 'What to show, e.g. "Heat (1995)", "Michael Mann", "12 people"' })
  label!: string;
}

@ObjectType({ description: 'One step of a path: the relation followed and the node reached' })
export class PathStep {
  @Field(() => String, {
    nullable: true,
    description:
      'The relation leading into the node, e.g. "liked", "directed by"; null on the first step',
  })
  via!: string | null;

  @Field(() => PathNode)
  node!: PathNode;
}

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
    description:
      "This reason's share of the recommendation's score (of the positive terms it sums), 0 to 1",
  })
  weight!: number;

  @Field(() => [PathStep], {
    description:
      'The path in the graph behind the reason, from you (or the movie asked about) to the recommended movie, e.g. You -liked-> Heat (1995) -directed by-> Michael Mann -directed-> Collateral (2004)',
  })
  path!: PathStep[];
}

@ObjectType({
  implements: Reason,
  description:
    'Movies you rated carry this one through learned item–item weights, (:Movie)-[:SIMILAR]->(:Movie) in the graph',
})
export class BecauseYouLiked extends Reason {
  @Field(() => Movie, { description: 'The strongest of the movies named' })
  anchor!: Movie;

  @Field(() => [Movie], { description: 'The liked movies named, strongest first' })
  anchors!: Movie[];

  @Field(() => [Movie], {
    description: 'Movies rated but not liked that carry it too ("and watched X"), strongest first',
  })
  watched!: Movie[];

  @Field(() => Float, {
    description: 'The learned weight of the strongest anchor for this movie (SIMILAR.weight)',
  })
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

@ObjectType({
  implements: Reason,
  description: 'This movie shares plot keywords with the anchor, a movie you liked',
})
export class SharedKeyword extends Reason {
  @Field(() => [String], { description: 'The keywords the two share (at most three)' })
  keywords!: string[];

  @Field(() => Movie)
  anchor!: Movie;
}

@ObjectType({
  implements: Reason,
  description: 'This movie is in genres you like, shared with the anchor',
})
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

@ObjectType({
  implements: Reason,
  description:
    "The movie matches your taste profile: a latent-factor model's fit to everything you rated, which names no single film",
})
export class TasteProfile extends Reason {}

export const reasonTypes = [
  BecauseYouLiked,
  SharedPerson,
  SharedKeyword,
  SharedGenre,
  SimilarUsers,
  Popular,
  TasteProfile,
] as const;
