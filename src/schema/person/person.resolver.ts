import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { prefixQuery } from '../common/lucene';
import { pageRequest, toConnection } from '../common/pagination';
import { required } from '../common/required';
import { Context } from '../context';
import { PageArgs } from '../movie/movie.args';
import { Movie } from '../movie/movie.type';
import { Person, PersonConnection } from './person.type';

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

  @Query(() => PersonConnection, { description: 'Browse or search directors and actors' })
  async people(
    @Args() { search, first, after }: PeopleArgs,
    @Ctx() { repositories, loaders }: Context,
  ): Promise<PersonConnection> {
    const request = pageRequest(first, after);
    const page = await repositories.people.findPeople(prefixQuery(search), request);
    for (const person of page.items) loaders.person.prime(person.id, person);
    return toConnection(page, request);
  }

  @FieldResolver(() => [Movie], { description: 'Movies this person directed, oldest first' })
  directed(@Root() person: Person, @Ctx() { loaders }: Context): Promise<Movie[]> {
    return loaders.directedByPerson.load(person.id);
  }

  @FieldResolver(() => [Movie], { description: 'Movies this person acted in, oldest first' })
  actedIn(@Root() person: Person, @Ctx() { loaders }: Context): Promise<Movie[]> {
    return loaders.actedInByPerson.load(person.id);
  }
}
