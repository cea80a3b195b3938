import { Database } from './database';
import { listsById, page, recordsById } from './lookups';
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

export class CatalogueRepository {
  constructor(private readonly database: Database) {}

  moviesByIds(ids: readonly string[]): Promise<Map<string, MovieRecord>> {
    return recordsById(this.database, 'catalogue/movies-by-ids', 'movie', ids);
  }

  genresByMovies(ids: readonly string[]): Promise<Map<string, string[]>> {
    return listsById(this.database, 'catalogue/genres-by-movies', 'genres', ids);
  }

  directorsByMovies(ids: readonly string[]): Promise<Map<string, PersonRecord[]>> {
    return listsById(this.database, 'catalogue/directors-by-movies', 'people', ids);
  }

  /** Cast in the order the source lists it (not billing order for IMDb 5000). */
  castByMovies(ids: readonly string[]): Promise<Map<string, PersonRecord[]>> {
    return listsById(this.database, 'catalogue/cast-by-movies', 'people', ids);
  }

  keywordsByMovies(ids: readonly string[]): Promise<Map<string, string[]>> {
    return listsById(this.database, 'catalogue/keywords-by-movies', 'keywords', ids);
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
    request: PageRequest,
  ): Promise<Page<MovieRecord>> {
    return page(this.database, 'catalogue/find-movies', { ...filter, orderBy }, request);
  }

  genres(): Promise<GenreRecord[]> {
    return this.database.read<GenreRecord>('catalogue/genres');
  }
}
