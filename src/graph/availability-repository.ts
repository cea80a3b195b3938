import { notFound } from '../errors';
import { Database } from './database';
import { listsById } from './lookups';
import neo4j from 'neo4j-driver';

export interface ProviderRecord {
  name: string;
  regions: string[];
}

export interface AvailabilityRecord {
  provider: string;
  region: string;
}

export interface ServicesRecord {
  /** null until the user has chosen one. */
  region: string | null;
  providers: string[];
}

/** A guard against bad data: a service list is short. */
const MAX_LISTED_PROVIDERS = 500;

/** Streaming services, where films can be watched, and the services each user watches on. */
export class AvailabilityRepository {
  constructor(private readonly database: Database) {}

  providers(): Promise<ProviderRecord[]> {
    return this.database.read<ProviderRecord>('availability/providers', {
      limit: neo4j.int(MAX_LISTED_PROVIDERS),
    });
  }

  /** The names among `names` that are services in the graph. */
  async knownProviders(names: readonly string[]): Promise<Set<string>> {
    const [row] = await this.database.read<{ known: string[] }>('availability/provider-names', {
      names,
    });
    return new Set(row.known);
  }

  availabilityByMovies(
    ids: readonly string[],
    limit: number,
  ): Promise<Map<string, AvailabilityRecord[]>> {
    return listsById(
      this.database,
      'availability/availability-by-movies',
      'availability',
      ids,
      limit,
    );
  }

  /** The ids of the movies on any of `providers` in `region` (anywhere when null). */
  async availableMovieIds(
    providers: readonly string[],
    region: string | null,
  ): Promise<Set<string>> {
    const [row] = await this.database.read<{ ids: string[] }>('availability/available-movie-ids', {
      providers,
      region,
    });
    return new Set(row.ids);
  }

  async servicesByUsers(ids: readonly string[]): Promise<Map<string, ServicesRecord>> {
    const rows = await this.database.read<{ id: string; services: ServicesRecord }>(
      'availability/services-by-users',
      { ids },
    );
    return new Map(rows.map((row) => [row.id, row.services]));
  }

  /** Replaces the user's services; `providers` must already be known ones. */
  async setServices(userId: string, providers: readonly string[], region: string): Promise<void> {
    const rows = await this.database.write('availability/set-services', {
      userId,
      providers,
      region,
    });
    if (rows.length === 0) throw notFound('user', userId);
  }
}
