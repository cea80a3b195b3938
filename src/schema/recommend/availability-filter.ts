import { badInput } from '../../errors';
import { CandidateFilter } from '../../recommend/candidate-filter';
import { checkProviders, checkRegion } from '../availability/availability-checks';
import { Context } from '../context';
import { RecommendationFilter } from './recommendation.type';

/** The movies on the asked-for services, in the asked-for region; null when not asked. */
async function availableMovieIds(
  filter: RecommendationFilter,
  userId: string,
  { repositories, loaders }: Context,
): Promise<Set<string> | null> {
  const { availableOn, onMyServices, region } = filter;
  if (availableOn != null && onMyServices) {
    throw badInput('filter', 'give availableOn or onMyServices, not both');
  }
  const where = region == null ? null : checkRegion('filter.region', region);
  if (availableOn != null) {
    const providers = await checkProviders(
      'filter.availableOn',
      availableOn,
      repositories.availability,
    );
    return loaders.availableMovies.load({ providers, region: where });
  }
  if (onMyServices) {
    const services = await loaders.servicesOfUser.load(userId);
    if (services.providers.length === 0) {
      throw badInput('filter.onMyServices', 'no services chosen yet: set them with setMyServices');
    }
    return loaders.availableMovies.load({
      providers: services.providers,
      region: where ?? services.region,
    });
  }
  if (where !== null) throw badInput('filter.region', 'needs availableOn or onMyServices');
  return null;
}

/** What the recommender keeps to for this filter: genres, years and what the user can watch. */
export async function candidateFilter(
  filter: RecommendationFilter | null | undefined,
  userId: string,
  context: Context,
): Promise<CandidateFilter> {
  // A client may send `filter: null` for no filter.
  if (filter == null) return {};
  const { genres, yearFrom, yearTo } = filter;
  return { genres, yearFrom, yearTo, movieIds: await availableMovieIds(filter, userId, context) };
}
