import { Tokens } from '../auth/tokens';
import { Viewer } from '../auth/viewer';
import { AccountRepository } from '../graph/account-repository';
import { AvailabilityRepository } from '../graph/availability-repository';
import { Database } from '../graph/database';
import { CatalogueRepository } from '../graph/catalogue-repository';
import { PeopleRepository } from '../graph/people-repository';
import { RecommendRepository } from '../graph/recommend-repository';
import { UserRepository } from '../graph/user-repository';
import { HybridRecommender } from '../recommend/hybrid-recommender';
import { createLoaders, Loaders, Repositories } from './loaders';

/** What every request shares: built once when the server starts. */
export interface Services {
  repositories: Repositories;
  tokens: Tokens;
  /** The recommender being served now; a newly trained one replaces it between requests. */
  recommender: () => HybridRecommender;
}

export interface Context extends Services {
  loaders: Loaders;
  /** Who sent the request, from its Authorization header. */
  viewer: Viewer;
}

export function createRepositories(database: Database): Repositories {
  return {
    catalogue: new CatalogueRepository(database),
    people: new PeopleRepository(database),
    users: new UserRepository(database),
    recommend: new RecommendRepository(database),
    accounts: new AccountRepository(database),
    availability: new AvailabilityRepository(database),
  };
}

/** Built for every request: the DataLoaders' caches must not outlive it. */
export function createContext(services: Services, viewer: Viewer): Context {
  return { ...services, loaders: createLoaders(services.repositories), viewer };
}
