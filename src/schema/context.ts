import { Database } from '../graph/database';
import { CatalogueRepository } from '../graph/catalogue-repository';
import { PeopleRepository } from '../graph/people-repository';
import { UserRepository } from '../graph/user-repository';
import { createLoaders, Loaders, Repositories } from './loaders';

export interface Context {
  repositories: Repositories;
  loaders: Loaders;
}

export function createRepositories(database: Database): Repositories {
  return {
    catalogue: new CatalogueRepository(database),
    people: new PeopleRepository(database),
    users: new UserRepository(database),
  };
}

/** Built for every request: the DataLoaders' caches must not outlive it. */
export function createContext(repositories: Repositories): Context {
  return { repositories, loaders: createLoaders(repositories) };
}
