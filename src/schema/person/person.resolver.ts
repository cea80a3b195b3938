import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { prefixQuery } from '../common/lucene';
import { listCost } from '../common/cost';
import { checkCount, MAX_PAGE_SIZE, pageRequest, toConnection } from '../common/pagination';
import { required } from '../common/required';
import { Context } from '../context';
import { PageArgs } from '../movie/movie.args';
import { Movie } from '../movie/movie.type';
import { Person, PersonConnection } from './person.type';

const FIRST_OPTIONS = { defaultValue: 20, description: `The first n, 1 to ${MAX_PAGE_SIZE}` };

@ArgsType()
class PeopleArgs extends PageArgs {
  @Field({ nullable: true, description: 'Words in the name, each matched as a prefix' })
  search?: string;
}

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person, { description: 'One director or actor by id; NOT_FOUND when there is none' })
  async person(@Arg('id', () => ID) id: string, @Ctx() { loaders }: Context): Promise<Person> {
    return required(await loaders.person.load(id), 'person', id);
  }

  @Query(() => PersonConnection, {
    description: 'Browse or search directors and actors',
    complexity: listCost(20),
  })
  async people(
    @Args() { search, first, after }: PeopleArgs,
    @Ctx() { repositories, loaders }: Context,
  ): Promise<PersonConnection> {
    const request = pageRequest(first, after);
    const page = await repositories.people.findPeople(prefixQuery(search, 'search'), request);
    for (const person of page.items) loaders.person.prime(person.id, person);
    return toConnection(page, request);
  }

  @FieldResolver(() => [Movie], {
    description: 'Movies this person directed, oldest first',
    complexity: listCost(20),
  })
  directed(
    @Root() person: Person,
    @Ctx() { loaders }: Context,
    @Arg('first', () => Int, FIRST_OPTIONS) first: number,
  ): Promise<Movie[]> {
    checkCount(first, 'directed.first');
    return loaders.directedByPerson.load({ id: person.id, options: first });
  }

  @FieldResolver(() => [Movie], {
    description: 'Movies this person acted in, oldest first',
    complexity: listCost(20),
  })
  actedIn(
    @Root() person: Person,
    @Ctx() { loaders }: Context,
    @Arg('first', () => Int, FIRST_OPTIONS) first: number,
  ): Promise<Movie[]> {
    checkCount(first, 'actedIn.first');
    return loaders.actedInByPerson.load({ id: person.id, options: first });
  }
}
