import { notFound } from '../../errors';

/** The record, or a NOT_FOUND error naming what was asked for. */
export function required<T>(record: T | null, what: string, id: string): T {
  if (record === null) throw notFound(what, id);
  return record;
}
