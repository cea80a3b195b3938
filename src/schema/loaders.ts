import DataLoader from 'dataloader';
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

export interface LimitedKey {
  id: string;
  /** At most this many items, cut in Cypher. */
  limit: number;
}

/**
 * A loader of lists cut to a client's `first`: one repository call per distinct limit in a
 * batch, so `cast(first: 3)` on 50 movies is still one query.
 */
function batchedLists<V>(
  fetch: (ids: readonly string[], limit: number) => Promise<Map<string, V[]>>,
): DataLoader<LimitedKey, V[], string> {
  const keyOf = ({ id, limit }: LimitedKey) => `${limit}:${id}`;
  return new DataLoader(
    async (keys) => {
      const idsByLimit = new Map<number, string[]>();
      for (const { id, limit } of keys)
        idsByLimit.set(limit, [...(idsByLimit.get(limit) ?? []), id]);
      const found = new Map<string, V[]>();
      await Promise.all(
        [...idsByLimit].map(async ([limit, ids]) => {
          for (const [id, list] of await fetch(ids, limit)) found.set(keyOf({ id, limit }), list);
        }),
      );
      return keys.map((key) => found.get(keyOf(key)) ?? []);
    },
    { cacheKeyFn: keyOf },
  );
}

/** One set per request, so a page of 50 movies costs one query per relationship, not 50. */
export function createLoaders({ catalogue, people, users, recommend }: Repositories) {
  return {
    movie: batched<MovieRecord | null>((ids) => catalogue.moviesByIds(ids), null),
    genresOfMovie: batched<string[]>((ids) => catalogue.genresByMovies(ids), []),
    directorsOfMovie: batchedLists<PersonRecord>((ids, limit) =>
      catalogue.directorsByMovies(ids, limit),
    ),
    castOfMovie: batchedLists<PersonRecord>((ids, limit) => catalogue.castByMovies(ids, limit)),
    keywordsOfMovie: batchedLists<string>((ids, limit) => catalogue.keywordsByMovies(ids, limit)),
    ratingStatsOfMovie: batched<RatingStats>((ids) => catalogue.ratingStatsByMovies(ids), {
      count: 0,
      average: null,
    }),
    person: batched<PersonRecord | null>((ids) => people.peopleByIds(ids), null),
    directedByPerson: batchedLists<MovieRecord>((ids, limit) =>
      people.directedByPeople(ids, limit),
    ),
    actedInByPerson: batchedLists<MovieRecord>((ids, limit) => people.actedInByPeople(ids, limit)),
    user: batched<UserRecord | null>((ids) => users.usersByIds(ids), null),
    ratingsOfUser: batched<RatingRecord[]>((ids) => users.ratingsByUsers(ids), []),
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
