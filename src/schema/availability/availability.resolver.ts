import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { MAX_PROVIDERS } from '../../availability/provider-names';
import { Role } from '../auth/auth-checker';
import { actingUserId } from '../auth/subject';
import { boundedListCost } from '../common/cost';
import { Context } from '../context';
import { Movie } from '../movie/movie.type';
import { User } from '../user/user.type';
import { checkProviders, checkRegion } from './availability-checks';
import { Availability, Provider, Services } from './availability.type';

/** "What you can watch": services, where films are on them, and the services a user has. */
@Resolver()
export class AvailabilityResolver {
  @Query(() => [Provider], {
    description: 'The streaming services of the loaded availability data, A to Z',
    complexity: boundedListCost(10),
  })
  providers(@Ctx() { repositories }: Context): Promise<Provider[]> {
    return repositories.availability.providers();
  }

  @Authorized(Role.User)
  @Mutation(() => Services, {
    description: `Set the services I watch on (replacing the old ones; up to ${MAX_PROVIDERS}, names from \`providers\`) and my region; recommendations(filter: { onMyServices: true }) then keeps to them`,
  })
  async setMyServices(
    @Arg('providers', () => [String]) providers: string[],
    @Arg('region', { description: 'ISO 3166-1 alpha-2 country code, e.g. "US"' }) region: string,
    @Ctx() { viewer, repositories, loaders }: Context,
  ): Promise<Services> {
    const userId = actingUserId(viewer);
    const code = checkRegion('region', region);
    const names = await checkProviders('providers', providers, repositories.availability);
    await repositories.availability.setServices(userId, names, code);
    loaders.servicesOfUser.clear(userId);
    return loaders.servicesOfUser.load(userId);
  }
}

@Resolver(() => User)
export class UserServicesResolver {
  @FieldResolver(() => Services, { description: 'The services this user watches on' })
  services(@Root() user: User, @Ctx() { loaders }: Context): Promise<Services> {
    return loaders.servicesOfUser.load(user.id);
  }
}

/** A film is on a few services in a few regions; the cap guards against bad data. */
const MAX_AVAILABILITY = 100;

@Resolver(() => Movie)
export class MovieAvailabilityResolver {
  @FieldResolver(() => [Availability], {
    description: 'Where it can be watched: service and region, by service',
    complexity: boundedListCost(5),
  })
  availability(@Root() movie: Movie, @Ctx() { loaders }: Context): Promise<Availability[]> {
    return loaders.availabilityOfMovie.load({ id: movie.id, options: MAX_AVAILABILITY });
  }
}
