import neo4j from 'neo4j-driver';
import { Database } from './database';
import { listsById, page, recordsById } from './lookups';
import { RecentRecords } from './recent-records';
import { GenreRecord, MovieRecord, Page, PageRequest, PersonRecord, RatingStats } from './records';

export type MovieOrder = 'TITLE' | 'YEAR' | 'NEWEST' | 'POPULARITY' | 'RELEVANCE';

export interface MovieFilter {
  /** A Lucene query over titles, already escaped. */
  search: string | null;
  genres: string[] | null;
  yearFrom: number | null;
  yearTo: number | null;
  personId: string | null;
}

const MAX_GENRES = 50;

/** What RELEVANCE compares titles with (see src/schema/common/title-match.ts). */
export interface TitleRanking {
  exactTitles: string[];
  titlePrefix: string | null;
}

const isUnfiltered = (filter: MovieFilter) =>
  Object.values(filter).every((value) => value === null);

/** How long a recommended page may show a movie's title and year as read before a seed. */
const RECENT_MOVIES_TTL_MS = 60_000;
/** Movie records kept per process (a few hundred bytes each). */
const RECENT_MOVIES_KEPT = 100_000;

export class CatalogueRepository {
  private readonly recentMovies = new RecentRecords<MovieRecord>(
    (ids) => this.moviesByIds(ids),
    RECENT_MOVIES_TTL_MS,
    RECENT_MOVIES_KEPT,
  );

  constructor(private readonly database: Database) {}

  moviesByIds(ids: readonly string[]): Promise<Map<string, MovieRecord>> {
    return recordsById(this.database, 'catalogue/movies-by-ids', 'movie', ids);
  }

  /**
   * Like moviesByIds, but what was read in the last minute is not read again: recommendations
   * and their reasons' films, drawn on every request, are the same few thousand movies.
   */
  recentMoviesByIds(ids: readonly string[]): Promise<Map<string, MovieRecord>> {
    return this.recentMovies.byIds(ids);
  }

  /** A movie has a handful of genres; the cap only guards against bad data. */
  genresByMovies(ids: readonly string[]): Promise<Map<string, string[]>> {
    return listsById(this.database, 'catalogue/genres-by-movies', 'genres', ids, MAX_GENRES);
  }

  directorsByMovies(ids: readonly string[], limit: number): Promise<Map<string, PersonRecord[]>> {
    return listsById(this.database, 'catalogue/directors-by-movies', 'people', ids, limit);
  }

  /** Cast in the order the source lists it (not billing order for IMDb 5000). */
  castByMovies(ids: readonly string[], limit: number): Promise<Map<string, PersonRecord[]>> {
    return listsById(this.database, 'catalogue/cast-by-movies', 'people', ids, limit);
  }

  keywordsByMovies(ids: readonly string[], limit: number): Promise<Map<string, string[]>> {
    return listsById(this.database, 'catalogue/keywords-by-movies', 'keywords', ids, limit);
  }

  async ratingStatsByMovies(ids: readonly string[]): Promise<Map<string, RatingStats>> {
    const rows = await this.database.read<RatingStats & { id: string }>(
      'catalogue/rating-stats-by-movies',
      { ids },
    );
    return new Map(rows.map(({ id, count, average }) => [id, { count, average }]));
  }

  findMovies(
    filter: MovieFilter,
    orderBy: MovieOrder,
    ranking: TitleRanking,
    request: PageRequest,
  ): Promise<Page<MovieRecord>> {
    if (filter.search !== null) {
      return page(
        this.database,
        'catalogue/search-movies',
        { ...filter, ...ranking, orderBy },
        request,
      );
    }
    if (orderBy === 'TITLE' && isUnfiltered(filter)) return this.listMovies(request);
    if (orderBy === 'POPULARITY' && isUnfiltered(filter)) {
      return page(this.database, 'catalogue/list-popular-movies', {}, request);
    }
    return page(this.database, 'catalogue/find-movies', { ...filter, orderBy }, request);
  }

  /**
   * The catalogue A to Z: after a movie named by the cursor, by seeking to it in the (title, id)
   * index; by offset otherwise, or when that movie is gone.
   */
  private async listMovies(request: PageRequest): Promise<Page<MovieRecord>> {
    if (request.afterKey !== undefined) {
      const [row] = await this.database.read<{ total: number; page: MovieRecord[] }>(
        'catalogue/list-movies-after',
        { afterId: request.afterKey, limit: neo4j.int(request.limit) },
      );
      if (row !== undefined) return { total: row.total, items: row.page };
    }
    return page(this.database, 'catalogue/list-movies', {}, request);
  }

  genres(): Promise<GenreRecord[]> {
    return this.database.read<GenreRecord>('catalogue/genres');
  }
}
