import { AppError, badInput, clip } from '../../errors';
import { CatalogueRepository } from '../../graph/catalogue-repository';

/** Unknown names quoted back in a message; a client may send thousands. */
const MAX_NAMED = 5;

/** `unknown genre "a", "b" and 3 more; <offered>`: the first few unknown names, then what exists. */
export function unknownNames(
  argumentPath: string,
  kind: string,
  unknown: readonly string[],
  offered: string,
): AppError {
  const named = unknown.slice(0, MAX_NAMED).map((name) => `"${clip(name)}"`);
  const more = unknown.length > MAX_NAMED ? ` and ${unknown.length - MAX_NAMED} more` : '';
  return badInput(argumentPath, `unknown ${kind} ${named.join(', ')}${more}; ${offered}`);
}

export interface GenreYearFilter {
  genres?: string[] | null;
  yearFrom?: number | null;
  yearTo?: number | null;
}

/** The genre and year parts of a filter: known genres only, and a year range that is not inverted. */
export async function checkGenreYearFilter(
  filter: GenreYearFilter | undefined,
  catalogue: CatalogueRepository,
): Promise<void> {
  const { yearFrom = null, yearTo = null, genres = null } = filter ?? {};
  if (yearFrom !== null && yearTo !== null && yearFrom > yearTo) {
    throw badInput('filter.yearFrom', `must not be after filter.yearTo (${yearFrom} > ${yearTo})`);
  }
  if (genres === null) return;
  const known = new Set((await catalogue.genres()).map((genre) => genre.name));
  const unknown = genres.filter((genre) => !known.has(genre));
  if (unknown.length > 0) {
    throw unknownNames('filter.genres', 'genre', unknown, `known genres: ${[...known].join(', ')}`);
  }
}
