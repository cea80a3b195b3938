import { readdir } from 'node:fs/promises';
import { DatasetError } from './dataset-error';
import type { Dialect } from './read-records';

/**
 * - `csv`: ml-latest, ml-latest-small, ml-20m, ml-25m, ml-32m
 * - `dat`: ml-1m, ml-10m (`::`-separated)
 * - `ml-100k`: u.data, u.item and the u1…u5 splits
 */
export type MovieLensFormat = 'csv' | 'dat' | 'ml-100k';

export interface MovieLensFile {
  name: string;
  dialect: Dialect;
}

export interface MovieLensLayout {
  ratings: MovieLensFile;
  movies: MovieLensFile;
  tags?: MovieLensFile;
  links?: MovieLensFile;
}

const CSV: Dialect = { delimiter: ',', quoted: true, header: true };
const DAT: Dialect = { delimiter: '::', quoted: false, header: false };
const TAB: Dialect = { delimiter: '\t', quoted: false, header: false };
const PIPE: Dialect = { delimiter: '|', quoted: false, header: false };

export const MOVIELENS_LAYOUTS: Readonly<Record<MovieLensFormat, MovieLensLayout>> = {
  csv: {
    ratings: { name: 'ratings.csv', dialect: CSV },
    movies: { name: 'movies.csv', dialect: CSV },
    tags: { name: 'tags.csv', dialect: CSV },
    links: { name: 'links.csv', dialect: CSV },
  },
  dat: {
    ratings: { name: 'ratings.dat', dialect: DAT },
    movies: { name: 'movies.dat', dialect: DAT },
    tags: { name: 'tags.dat', dialect: DAT },
  },
  'ml-100k': {
    ratings: { name: 'u.data', dialect: TAB },
    movies: { name: 'u.item', dialect: PIPE },
  },
};

const FORMATS = Object.keys(MOVIELENS_LAYOUTS) as MovieLensFormat[];
const HINT = 'pass a MovieLens folder such as ml-latest-small';

/** The entries of `dir`; a DatasetError when it is missing or not a folder. */
export async function listFolder(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new DatasetError(`${dir} does not exist; ${HINT}`);
    if (code === 'ENOTDIR') throw new DatasetError(`${dir} is not a folder; ${HINT}`);
    throw error;
  }
}

function neitherNor(names: string[]): string {
  return `neither ${names.slice(0, -1).join(', ')} nor ${names[names.length - 1]}`;
}

/** Which MovieLens release `dir` holds, judged by its ratings file; it must have the movies file too. */
export async function detectMovieLensFormat(dir: string): Promise<MovieLensFormat> {
  const entries = new Set(await listFolder(dir));
  const format = FORMATS.find((candidate) =>
    entries.has(MOVIELENS_LAYOUTS[candidate].ratings.name),
  );
  if (!format) {
    const ratingFiles = FORMATS.map((candidate) => MOVIELENS_LAYOUTS[candidate].ratings.name);
    throw new DatasetError(`${dir} has ${neitherNor(ratingFiles)}; ${HINT}`);
  }
  const { ratings, movies } = MOVIELENS_LAYOUTS[format];
  if (!entries.has(movies.name)) {
    throw new DatasetError(`${dir} has ${ratings.name} but no ${movies.name}; ${HINT}`);
  }
  return format;
}
