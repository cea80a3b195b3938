import DataLoader from 'dataloader';
import { AccountRepository } from '../graph/account-repository';
import {
  AvailabilityRecord,
  AvailabilityRepository,
  ServicesRecord,
} from '../graph/availability-repository';
import { CatalogueRepository } from '../graph/catalogue-repository';
import { PeopleRepository } from '../graph/people-repository';
import {
  MovieRecord,
  Page,
  PageRequest,
  PersonRecord,
  RatingRecord,
  RatingStats,
  UserRecord,
} from '../graph/records';
import { RecommendRepository, UserRating } from '../graph/recommend-repository';
import { UserRepository } from '../graph/user-repository';

export interface Repositories {
  catalogue: CatalogueRepository;
  people: PeopleRepository;
  users: UserRepository;
  recommend: RecommendRepository;
  accounts: AccountRepository;
  availability: AvailabilityRepository;
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

/** One id and the options its list is read with: a limit, or a page. */
export interface ListOf<O> {
  id: string;
  options: O;
}

/**
 * Like `batched`, for lists read with options (a client's `first`, a page): keys with the same
 * options share one repository call, so `cast(first: 3)` on 50 movies is still one query.
 */
function batchedWithOptions<O, V>(
  fetch: (ids: readonly string[], options: O) => Promise<Map<string, V>>,
  missing: V,
  optionsKey: (options: O) => string,
): DataLoader<ListOf<O>, V, string> {
  const keyOf = ({ id, options }: ListOf<O>) => `${optionsKey(options)}@${id}`;
  return new DataLoader(
    async (keys) => {
      const byOptions = new Map<string, ListOf<O>[]>();
      for (const key of keys) {
        const group = optionsKey(key.options);
        byOptions.set(group, [...(byOptions.get(group) ?? []), key]);
      }
      const found = new Map<string, V>();
      for (const group of byOptions.values()) {
        const values = await fetch(
          group.map(({ id }) => id),
          group[0].options,
        );
        for (const key of group) found.set(keyOf(key), values.get(key.id) ?? missing);
      }
      return keys.map((key) => found.get(keyOf(key))!);
    },
    { cacheKeyFn: keyOf },
  );
}

const KEY_SEPARATOR = '\u0000';
/** The key of `ratingOfMovie`: ids never hold a NUL. */
export const ratingKey = (userId: string, movieId: string) => `${userId}${KEY_SEPARATOR}${movieId}`;

const limitKey = (limit: number) => String(limit);
const pageKey = ({ offset, limit }: PageRequest) => `${offset}:${limit}`;

/** Lists cut to `limit` items in Cypher. */
const batchedLists = <V>(
  fetch: (ids: readonly string[], limit: number) => Promise<Map<string, V[]>>,
) => batchedWithOptions<number, V[]>(fetch, [], limitKey);

/** One set per request, so a page of 50 movies costs one query per relationship, not 50. */
export function createLoaders({ catalogue, people, users, recommend, availability }: Repositories) {
  return {
    movie: batched<MovieRecord | null>((ids) => catalogue.moviesByIds(ids), null),
    /** Movies as read within the last minute: the films of recommendations and their reasons. */
    recentMovie: batched<MovieRecord | null>((ids) => catalogue.recentMoviesByIds(ids), null),
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
    ratingsOfUser: batchedWithOptions<PageRequest, Page<RatingRecord>>(
      (ids, request) => users.ratingPagesByUsers(ids, request),
      { total: 0, items: [] },
      pageKey,
    ),
    ratingCountOfUser: batched<number>((ids) => users.ratingCountsByUsers(ids), 0),
    dismissalsOfUser: batched<string[]>((ids) => users.dismissalsByUsers(ids), []),
    servicesOfUser: batched<ServicesRecord>((ids) => availability.servicesByUsers(ids), {
      region: null,
      providers: [],
    }),
    availabilityOfMovie: batchedLists<AvailabilityRecord>((ids, limit) =>
      availability.availabilityByMovies(ids, limit),
    ),
    /**
     * The movies on some services in a region, read once per request: a home page filters both
     * `recommendations` and `becauseYouLiked` by the same services.
     */
    availableMovies: new DataLoader<ServicesRecord, Set<string>, string>(
      (keys) =>
        Promise.all(
          keys.map(({ providers, region }) => availability.availableMovieIds(providers, region)),
        ),
      { cacheKeyFn: ({ providers, region }) => JSON.stringify([[...providers].sort(), region]) },
    ),
    /** Keyed by `ratingKey(userId, movieId)`: one user's rating of one movie, or null. */
    ratingOfMovie: new DataLoader<string, number | null>(async (keys) => {
      const pairs = keys.map((key) => {
        const [userId, movieId] = key.split(KEY_SEPARATOR);
        return { userId, movieId };
      });
      const rows = await users.ratingsOfMovies(pairs);
      const found = new Map(rows.map((row) => [ratingKey(row.userId, row.movieId), row.rating]));
      return keys.map((key) => found.get(key) ?? null);
    }),
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
