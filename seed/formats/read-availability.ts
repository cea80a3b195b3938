import { createReadStream } from 'node:fs';
import { CsvError, parse } from 'csv-parse';
import { normalizeProvider, normalizeRegion } from '../../src/availability/provider-names';
import { DatasetError } from './dataset-error';
import { fileSize } from './files';
import type { OnIssue } from './parse-issue';

/** One line of an availability file: a film (by IMDb or TMDb id) on a service in a region. */
export interface ParsedAvailability {
  imdbId?: number;
  tmdbId?: number;
  provider: string;
  region: string;
}

const ID_COLUMNS = ['imdbId', 'tmdbId'];
const USAGE =
  'an availability file is a CSV with a header naming imdbId and/or tmdbId, provider and region, e.g.\n' +
  '  imdbId,provider,region\n  tt0113277,Streamline,US';

/** "tt0113277", "0113277" and "113277" are one IMDb id; an empty cell is undefined. */
function parseFilmId(column: string, text: string | undefined): number | undefined | Error {
  const trimmed = (text ?? '').trim();
  if (trimmed === '') return undefined;
  const digits = column === 'imdbId' ? trimmed.replace(/^tt/i, '') : trimmed;
  return /^\d+$/.test(digits) ? Number(digits) : new Error(`${column} '${trimmed}' is not an id`);
}

function parseRow(record: Record<string, string | undefined>): ParsedAvailability | string {
  const ids: { imdbId?: number; tmdbId?: number } = {};
  for (const column of ID_COLUMNS) {
    const id = parseFilmId(column, record[column]);
    if (id instanceof Error) return id.message;
    if (id !== undefined) ids[column as 'imdbId' | 'tmdbId'] = id;
  }
  if (ids.imdbId === undefined && ids.tmdbId === undefined) return 'no imdbId or tmdbId';
  const provider = normalizeProvider(record.provider ?? '');
  if (provider === null) return `provider '${record.provider ?? ''}' is empty or too long`;
  const region = normalizeRegion(record.region ?? '');
  if (region === null) return `region '${record.region ?? ''}' is not a two-letter country code`;
  return { ...ids, provider, region };
}

function checkHeader(file: string, columns: string[]): void {
  const missing = ['provider', 'region'].filter((column) => !columns.includes(column));
  if (missing.length > 0 || !ID_COLUMNS.some((column) => columns.includes(column))) {
    throw new DatasetError(`${file}: ${USAGE}\n(its header is: ${columns.join(',')})`);
  }
}

/**
 * The rows of an availability CSV (see USAGE); malformed rows are reported with their line and
 * skipped, a file without the needed columns is a DatasetError.
 */
export async function readAvailability(
  file: string,
  onIssue: OnIssue,
): Promise<ParsedAvailability[]> {
  await fileSize(file);
  const parser = createReadStream(file).pipe(
    parse({
      bom: true,
      columns: (header: string[]) => {
        const columns = header.map((column) => column.trim());
        checkHeader(file, columns);
        return columns;
      },
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
    }),
  );
  const rows: ParsedAvailability[] = [];
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: Record<string, string | undefined>;
      info: { lines: number };
    }>) {
      const row = parseRow(record);
      if (typeof row === 'string') onIssue({ file, line: info.lines, reason: row });
      else rows.push(row);
    }
  } catch (error) {
    if (error instanceof CsvError)
      throw new DatasetError(`${file}: unreadable CSV: ${error.message}`);
    throw error;
  }
  return rows;
}
