import { rejectRow } from './read-rows';

const WHOLE_NUMBER = /^\d+$/;

/** MovieLens ids are whole numbers; they are kept as the text the files write them in. */
export function parseId(kind: 'movie' | 'user', text: string): string {
  const id = text.trim();
  if (!WHOLE_NUMBER.test(id)) rejectRow(`${kind} id '${text}' is not a whole number`);
  return id;
}

export function parseRating(text: string): number {
  const rating = Number(text);
  if (text.trim() === '' || !Number.isFinite(rating)) rejectRow(`rating '${text}' is not a number`);
  if (rating < 0.5 || rating > 5) rejectRow(`rating ${text.trim()} is outside 0.5–5`);
  if (!Number.isInteger(rating * 2)) rejectRow(`rating ${text.trim()} is not a multiple of 0.5`);
  return rating;
}

/** Unix seconds. */
export function parseTimestamp(text: string): number {
  const trimmed = text.trim();
  if (!WHOLE_NUMBER.test(trimmed))
    rejectRow(`timestamp '${text}' is not a whole number of seconds`);
  return Number(trimmed);
}

/** A whole number such as an IMDb or TMDb id; an empty cell is `undefined`. */
export function parseOptionalNumber(column: string, text: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  if (!WHOLE_NUMBER.test(trimmed)) rejectRow(`${column} '${text}' is not a whole number`);
  return Number(trimmed);
}

// "(1995)" at the end of a title; series write a span, "(2006–2007)" or "(2017–)".
const TITLE_YEAR = /\s*\((\d{4})(?:[–-]\d{0,4})?\)\s*$/;

/** Splits MovieLens's "Matrix, The (1999)" into the title as written and the year. */
export function parseTitle(text: string): { title: string; year: number | null } {
  const full = text.trim();
  if (full === '') rejectRow('empty title');
  const match = TITLE_YEAR.exec(full);
  const title = match ? full.slice(0, match.index) : full;
  // A title that is nothing but a year keeps it as its title.
  if (!match || title === '') return { title: full, year: null };
  return { title, year: Number(match[1]) };
}

/** The non-empty items of a `|`-separated list. */
export function splitList(text: string): string[] {
  return text
    .split('|')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

const NO_GENRES = '(no genres listed)';

// ml-1m and ml-100k write "Children's" where the later sets write "Children".
const GENRE_ALIASES: ReadonlyMap<string, string> = new Map([["Children's", 'Children']]);

function normalizeGenre(genre: string): string {
  return GENRE_ALIASES.get(genre) ?? genre;
}

export function parseGenres(text: string): string[] {
  return splitList(text)
    .filter((genre) => genre !== NO_GENRES)
    .map(normalizeGenre);
}
