import { Database } from '../graph/database';
import { CatalogueRepository } from '../graph/catalogue-repository';
import { PeopleRepository } from '../graph/people-repository';
import { RecommendRepository } from '../graph/recommend-repository';
import { UserRepository } from '../graph/user-repository';
import { HybridRecommender } from '../recommend/hybrid-recommender';
import { createLoaders, Loaders, Repositories } from './loaders';

export interface Context {
  repositories: Repositories;
  loaders: Loaders;
  /** The recommender being served now; a newly trained one replaces it between requests. */
  recommender: () => HybridRecommender;
}

export function createRepositories(database: Database): Repositories {
  return {
    catalogue: new CatalogueRepository(database),
    people: new PeopleRepository(database),
    users: new UserRepository(database),
    recommend: new RecommendRepository(database),
  };
}

/** Built for every request: the DataLoaders' caches must not outlive it. */
export function createContext(
  repositories: Repositories,
  recommender: () => HybridRecommender,
): Context {
  return { repositories, loaders: createLoaders(repositories), recommender };
}
