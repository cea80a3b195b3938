import { ArgsType, Field, InputType, Int, registerEnumType } from 'type-graphql';

export enum MovieOrder {
  TITLE = 'TITLE',
  YEAR = 'YEAR',
  NEWEST = 'NEWEST',
  POPULARITY = 'POPULARITY',
  RELEVANCE = 'RELEVANCE',
}

registerEnumType(MovieOrder, {
  name: 'MovieOrder',
  description: 'How to sort movies; RELEVANCE needs filter.search and is its default',
  valuesConfig: {
    TITLE: { description: 'A to Z' },
    YEAR: { description: 'Oldest first' },
    NEWEST: { description: 'Newest first' },
    POPULARITY: { description: 'Most rated first' },
    RELEVANCE: {
      description:
        'The exact title first ("matrix" finds "Matrix, The"), then titles starting with the words, then the best match; most rated first among equals',
    },
  },
});

@InputType({ description: 'Every field narrows the result; leave out what you do not need' })
export class MovieFilter {
  @Field({
    nullable: true,
    description: 'Words in the title, each matched as a prefix ("matr" finds "Matrix, The")',
  })
  search?: string;

  @Field(() => [String], { nullable: true, description: 'Movies in any of these genres' })
  genres?: string[];

  @Field(() => Int, { nullable: true })
  yearFrom?: number;

  @Field(() => Int, { nullable: true })
  yearTo?: number;

  @Field({ nullable: true, description: 'Movies this person directed or acted in' })
  personId?: string;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: 'Page size, 1 to 100' })
  first!: number;

  @Field(() => String, { nullable: true, description: 'Cursor of the edge to start after' })
  after?: string;
}

@ArgsType()
export class MoviesArgs extends PageArgs {
  @Field(() => MovieFilter, { nullable: true })
  filter?: MovieFilter;

  @Field(() => MovieOrder, {
    nullable: true,
    description: 'Defaults to RELEVANCE with a search, TITLE without',
  })
  orderBy?: MovieOrder;
}
