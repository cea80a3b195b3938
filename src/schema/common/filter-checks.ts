import { badInput } from '../../errors';
import { CatalogueRepository } from '../../graph/catalogue-repository';

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
    throw badInput(
      'filter.genres',
      `unknown genre ${unknown.map((g) => `"${g}"`).join(', ')}; known genres: ${[...known].join(', ')}`,
    );
  }
}
