import type { OnIssue } from './parse-issue';
import { readRecords, type Dialect, type OnProgress } from './read-records';

class RowRejected extends Error {}

/** Called by a row parser to skip the current row; `reason` reaches the `onIssue` callback. */
export function rejectRow(reason: string): never {
  throw new RowRejected(reason);
}

/** How to turn one record of a file into a value; `parse` calls `rejectRow` for a malformed row. */
export interface RowSchema<T> {
  columns: number;
  parse(fields: string[]): T;
}

/**
 * Streams the rows of `file` that have the schema's column count and pass its parser, a read
 * chunk's worth at a time; every other row is reported to `onIssue` with its line and skipped.
 */
export async function* readRows<T>(
  file: string,
  dialect: Dialect,
  schema: RowSchema<T>,
  onIssue: OnIssue,
  onProgress?: OnProgress,
): AsyncGenerator<T[]> {
  for await (const records of readRecords(file, dialect, onIssue, onProgress)) {
    const rows: T[] = [];
    for (const { line, fields } of records) {
      if (fields.length !== schema.columns) {
        onIssue({ file, line, reason: `expected ${schema.columns} columns, got ${fields.length}` });
        continue;
      }
      try {
        rows.push(schema.parse(fields));
      } catch (error) {
        if (!(error instanceof RowRejected)) throw error;
        onIssue({ file, line, reason: error.message });
      }
    }
    yield rows;
  }
}

export async function readAllRows<T>(
  file: string,
  dialect: Dialect,
  schema: RowSchema<T>,
  onIssue: OnIssue,
): Promise<T[]> {
  const all: T[] = [];
  for await (const rows of readRows(file, dialect, schema, onIssue)) {
    for (const row of rows) all.push(row);
  }
  return all;
}
