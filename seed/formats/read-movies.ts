import path from 'node:path';
import { parseGenres, parseId, parseOptionalNumber, parseTitle } from './fields';
import { fileExists } from './files';
import { MOVIELENS_LAYOUTS, type MovieLensFile, type MovieLensFormat } from './movielens-format';
import type { OnIssue } from './parse-issue';
import { readAllRows, rejectRow, type RowSchema } from './read-rows';

export interface ParsedMovie {
  id: string;
  /** As MovieLens writes it, without the year: "Matrix, The". */
  title: string;
  year: number | null;
  genres: string[];
  imdbId?: number;
  tmdbId?: number;
}

interface MovieLink {
  imdbId?: number;
  tmdbId?: number;
}

/** movies.csv `movieId,title,genres` and movies.dat `MovieID::Title::Genres`. */
const MOVIE_ROW: RowSchema<ParsedMovie> = {
  columns: 3,
  parse: ([id, title, genres]) => ({
    id: parseId('movie', id),
    ...parseTitle(title),
    genres: parseGenres(genres),
  }),
};

// u.item ends with one 0/1 flag per genre, in this order.
const U_ITEM_GENRES = [
  'unknown',
  'Action',
  'Adventure',
  'Animation',
  'Children',
  'Comedy',
  'Crime',
  'Documentary',
  'Drama',
  'Fantasy',
  'Film-Noir',
  'Horror',
  'Musical',
  'Mystery',
  'Romance',
  'Sci-Fi',
  'Thriller',
  'War',
  'Western',
];

function flaggedGenres(flags: string[]): string[] {
  return U_ITEM_GENRES.filter((genre, index) => {
    const flag = flags[index].trim();
    if (flag !== '0' && flag !== '1') rejectRow(`${genre} flag '${flags[index]}' is not 0 or 1`);
    return flag === '1' && genre !== 'unknown';
  });
}

/** ml-100k's u.item: `id|title|release date|video release date|IMDb URL|19 genre flags`. */
const U_ITEM_ROW: RowSchema<ParsedMovie> = {
  columns: 5 + U_ITEM_GENRES.length,
  parse: (fields) => {
    const [id, title, releaseDate] = fields;
    const parsed = parseTitle(title);
    // "01-Jan-1995"; a few titles lack the year their release date has.
    const releaseYear = /(\d{4})\s*$/.exec(releaseDate)?.[1];
    return {
      id: parseId('movie', id),
      title: parsed.title,
      year: parsed.year ?? (releaseYear ? Number(releaseYear) : null),
      genres: flaggedGenres(fields.slice(5)),
    };
  },
};

/** links.csv `movieId,imdbId,tmdbId`; either id may be empty. */
const LINK_ROW: RowSchema<[string, MovieLink]> = {
  columns: 3,
  parse: ([movieId, imdbId, tmdbId]) => [
    parseId('movie', movieId),
    {
      imdbId: parseOptionalNumber('imdbId', imdbId),
      tmdbId: parseOptionalNumber('tmdbId', tmdbId),
    },
  ],
};

function withoutDuplicates(schema: RowSchema<ParsedMovie>): RowSchema<ParsedMovie> {
  const seen = new Set<string>();
  return {
    columns: schema.columns,
    parse(fields) {
      const movie = schema.parse(fields);
      if (seen.has(movie.id)) rejectRow(`duplicate movie id ${movie.id}`);
      seen.add(movie.id);
      return movie;
    },
  };
}

async function readLinks(
  dir: string,
  file: MovieLensFile | undefined,
  onIssue: OnIssue,
): Promise<Map<string, MovieLink>> {
  if (!file) return new Map();
  const links = path.join(dir, file.name);
  if (!(await fileExists(links))) return new Map();
  return new Map(await readAllRows(links, file.dialect, LINK_ROW, onIssue));
}

function withLink(movie: ParsedMovie, link: MovieLink | undefined): ParsedMovie {
  const linked = { ...movie };
  if (link?.imdbId !== undefined) linked.imdbId = link.imdbId;
  if (link?.tmdbId !== undefined) linked.tmdbId = link.tmdbId;
  return linked;
}

/** The movies of a MovieLens folder, joined with links.csv's IMDb and TMDb ids where it exists. */
export async function readMovies(
  dir: string,
  format: MovieLensFormat,
  onIssue: OnIssue,
): Promise<ParsedMovie[]> {
  const layout = MOVIELENS_LAYOUTS[format];
  const schema = withoutDuplicates(format === 'ml-100k' ? U_ITEM_ROW : MOVIE_ROW);
  const file = path.join(dir, layout.movies.name);
  const movies = await readAllRows(file, layout.movies.dialect, schema, onIssue);
  const links = await readLinks(dir, layout.links, onIssue);
  return movies.map((movie) => withLink(movie, links.get(movie.id)));
}
