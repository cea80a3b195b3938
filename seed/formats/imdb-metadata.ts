import { parseOptionalNumber, splitList } from './fields';
import { DatasetError } from './dataset-error';
import { readFirstLine } from './files';
import type { OnIssue } from './parse-issue';
import { readAllRows, rejectRow, type RowSchema } from './read-rows';

/** Credits and keywords of one film from the IMDB 5000 movie dataset's movie_metadata.csv. */
export interface ImdbMetadata {
  imdbId: number;
  title: string;
  year: number | null;
  directors: string[];
  /** actor_1_name…actor_3_name, empty cells left out; ordered by the actors' Facebook likes, not billing. */
  actors: string[];
  genres: string[];
  keywords: string[];
}

const COLUMNS = [
  'movie_imdb_link',
  'movie_title',
  'title_year',
  'director_name',
  'actor_1_name',
  'actor_2_name',
  'actor_3_name',
  'genres',
  'plot_keywords',
] as const;

type ColumnIndexes = Record<(typeof COLUMNS)[number], number>;

// The file circulates comma-separated and, re-exported with an index column, semicolon-separated.
const DELIMITERS = [';', ',', '\t'];

function headerFields(header: string, delimiter: string): string[] {
  return header.split(delimiter).map((name) => name.trim().replace(/^"(.*)"$/, '$1'));
}

function detectDelimiter(header: string): string {
  const counts = DELIMITERS.map((delimiter) => headerFields(header, delimiter).length);
  return DELIMITERS[counts.indexOf(Math.max(...counts))];
}

function columnIndexes(file: string, names: string[]): ColumnIndexes {
  const missing = COLUMNS.filter((column) => !names.includes(column));
  if (missing.length > 0) {
    throw new DatasetError(
      `${file} has no ${missing.join(', ')} column; expected the IMDB 5000 movie_metadata.csv`,
    );
  }
  return Object.fromEntries(
    COLUMNS.map((column) => [column, names.indexOf(column)]),
  ) as ColumnIndexes;
}

/** "http://www.imdb.com/title/tt0499549/?ref_=fn_tt_tt_1" → 499549. */
function parseImdbLink(link: string): number {
  const id = /\/title\/tt(\d+)/.exec(link)?.[1];
  if (!id) rejectRow(`movie_imdb_link '${link}' has no IMDb id`);
  return Number(id);
}

/** Pandas exports write the year as "2009.0". */
function parseYear(text: string): number | null {
  return parseOptionalNumber('title_year', text.trim().replace(/\.0+$/, '')) ?? null;
}

function nonEmpty(values: string[]): string[] {
  return values.map((value) => value.trim()).filter((value) => value !== '');
}

function metadataRow(columns: number, at: ColumnIndexes): RowSchema<ImdbMetadata> {
  return {
    columns,
    parse: (fields) => ({
      imdbId: parseImdbLink(fields[at.movie_imdb_link]),
      // trim() also drops the non-breaking space the scraper left after every title.
      title: fields[at.movie_title].trim(),
      year: parseYear(fields[at.title_year]),
      directors: nonEmpty([fields[at.director_name]]),
      actors: nonEmpty([fields[at.actor_1_name], fields[at.actor_2_name], fields[at.actor_3_name]]),
      genres: splitList(fields[at.genres]),
      keywords: splitList(fields[at.plot_keywords]),
    }),
  };
}

/**
 * Reads movie_metadata.csv, comma- or semicolon-separated (told apart by its header). A film
 * listed twice keeps its first row.
 */
export async function readImdbMetadata(file: string, onIssue: OnIssue): Promise<ImdbMetadata[]> {
  const header = await readFirstLine(file);
  const delimiter = detectDelimiter(header);
  const names = headerFields(header, delimiter);
  const schema = metadataRow(names.length, columnIndexes(file, names));
  const byImdbId = new Map<number, ImdbMetadata>();
  const dialect = { delimiter, quoted: true, header: true };
  for (const film of await readAllRows(file, dialect, schema, onIssue)) {
    if (!byImdbId.has(film.imdbId)) byImdbId.set(film.imdbId, film);
  }
  return [...byImdbId.values()];
}
