import { Database } from './database';
import { listsById, page, recordsById } from './lookups';
import { MovieRecord, Page, PageRequest, PersonRecord } from './records';

export class PeopleRepository {
  constructor(private readonly database: Database) {}

  peopleByIds(ids: readonly string[]): Promise<Map<string, PersonRecord>> {
    return recordsById(this.database, 'people/people-by-ids', 'person', ids);
  }

  /** The first `limit` movies of each person, oldest first. */
  directedByPeople(ids: readonly string[], limit: number): Promise<Map<string, MovieRecord[]>> {
    return listsById(this.database, 'people/directed-by-people', 'movies', ids, limit);
  }

  actedInByPeople(ids: readonly string[], limit: number): Promise<Map<string, MovieRecord[]>> {
    return listsById(this.database, 'people/acted-in-by-people', 'movies', ids, limit);
  }

  /** `search` is a Lucene query over names, already escaped; null lists everyone by name. */
  findPeople(search: string | null, request: PageRequest): Promise<Page<PersonRecord>> {
    return page(this.database, 'people/find-people', { search }, request);
  }
}
