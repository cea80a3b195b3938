import neo4j from 'neo4j-driver';
import { Database, Params } from './database';
import { Page, PageRequest } from './records';

/**
 * Runs a `UNWIND $ids AS id … LIMIT $limit … RETURN id, <field>` statement and keys its rows
 * by id; every list has at most `limit` items.
 */
export async function listsById<T>(
  database: Database,
  statement: string,
  field: string,
  ids: readonly string[],
  limit: number,
): Promise<Map<string, T[]>> {
  // Cypher's LIMIT takes an integer; plain JavaScript numbers travel as floats.
  const rows = await database.read<Record<string, unknown>>(statement, {
    ids,
    limit: neo4j.int(limit),
  });
  return new Map(rows.map((row) => [row.id as string, row[field] as T[]]));
}

/** Runs a `… WHERE x.id IN $ids RETURN x {…} AS <field>` statement and keys its rows by id. */
export async function recordsById<T extends { id: string }>(
  database: Database,
  statement: string,
  field: string,
  ids: readonly string[],
): Promise<Map<string, T>> {
  const rows = await database.read<Record<string, T>>(statement, { ids });
  return new Map(rows.map((row) => [row[field].id, row[field]]));
}

/** `$offset`/`$limit` as Cypher integers, which SKIP and LIMIT require (JS numbers travel as floats). */
export const pageParams = ({ offset, limit }: PageRequest): Params => ({
  offset: neo4j.int(offset),
  limit: neo4j.int(limit),
});

/** Runs a statement returning `total` and `page` for `$offset`/`$limit`, both applied in the database. */
export async function page<T>(
  database: Database,
  statement: string,
  params: Params,
  request: PageRequest,
): Promise<Page<T>> {
  const [row] = await database.read<{ total: number; page: T[] }>(statement, {
    ...params,
    ...pageParams(request),
  });
  return { total: row.total, items: row.page };
}
