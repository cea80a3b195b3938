import DataLoader from 'dataloader';
import { AccountRepository } from '../graph/account-repository';
import { CatalogueRepository } from '../graph/catalogue-repository';
import { PeopleRepository } from '../graph/people-repository';
import { MovieRecord, PersonRecord, RatingRecord, RatingStats, UserRecord } from '../graph/records';
import { RecommendRepository, UserRating } from '../graph/recommend-repository';
import { UserRepository } from '../graph/user-repository';

export interface Repositories {
  catalogue: CatalogueRepository;
  people: PeopleRepository;
  users: UserRepository;
  recommend: RecommendRepository;
  accounts: AccountRepository;
}

/** A loader that answers a batch of ids with one repository call, `missing` where absent. */
function batched<V>(
  fetch: (ids: readonly string[]) => Promise<Map<string, V>>,
  missing: V,
): DataLoader<string, V> {
  return new DataLoader(async (ids) => {
    const found = await fetch(ids);
    return ids.map((id) => found.get(id) ?? missing);
  });
}

/** One set per request, so a page of 50 movies costs one query per relationship, not 50. */
export function createLoaders({ catalogue, people, users, recommend }: Repositories) {
  return {
    movie: batched<MovieRecord | null>((ids) => catalogue.moviesByIds(ids), null),
    genresOfMovie: batched<string[]>((ids) => catalogue.genresByMovies(ids), []),
    directorsOfMovie: batched<PersonRecord[]>((ids) => catalogue.directorsByMovies(ids), []),
    castOfMovie: batched<PersonRecord[]>((ids) => catalogue.castByMovies(ids), []),
    keywordsOfMovie: batched<string[]>((ids) => catalogue.keywordsByMovies(ids), []),
    ratingStatsOfMovie: batched<RatingStats>((ids) => catalogue.ratingStatsByMovies(ids), {
      count: 0,
      average: null,
    }),
    person: batched<PersonRecord | null>((ids) => people.peopleByIds(ids), null),
    directedByPerson: batched<MovieRecord[]>((ids) => people.directedByPeople(ids), []),
    actedInByPerson: batched<MovieRecord[]>((ids) => people.actedInByPeople(ids), []),
    user: batched<UserRecord | null>((ids) => users.usersByIds(ids), null),
    ratingsOfUser: batched<RatingRecord[]>((ids) => users.ratingsByUsers(ids), []),
    dismissalsOfUser: batched<string[]>((ids) => users.dismissalsByUsers(ids), []),
    /** A user's ratings as the recommender reads them; null for an unknown user. */
    ratingsToRecommendFrom: new DataLoader<string, UserRating[] | null>((ids) =>
      Promise.all(ids.map((id) => recommend.userRatings(id))),
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** Like `loader.loadMany`, but a failed lookup (e.g. Neo4j unreachable) throws instead of hiding in the list. */
export async function loadAll<V>(
  loader: DataLoader<string, V>,
  ids: readonly string[],
): Promise<V[]> {
  const values = await loader.loadMany(ids);
  const failed = values.find((value): value is Error => value instanceof Error);
  if (failed) throw failed;
  return values as V[];
}
