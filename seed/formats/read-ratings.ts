import path from 'node:path';
import { fileSize } from './files';
import { parseId, parseRating, parseTimestamp } from './fields';
import { MOVIELENS_LAYOUTS, type MovieLensFormat } from './movielens-format';
import type { OnIssue } from './parse-issue';
import type { Dialect, OnProgress } from './read-records';
import { readRows, rejectRow, type RowSchema } from './read-rows';

export interface ParsedRating {
  userId: string;
  movieId: string;
  /** 0.5 to 5 in half steps. */
  rating: number;
  /** Unix seconds. */
  ratedAt: number;
}

export interface ReadRatingsOptions {
  /** Ratings per yielded batch; 10,000 unless set. */
  batchSize?: number;
  /** When given, a rating of any other movie is reported and skipped. */
  knownMovieIds?: ReadonlySet<string>;
  /** Called as the file is read, for a progress bar. */
  onProgress?: OnProgress;
}

const DEFAULT_BATCH_SIZE = 10_000;

/** ratings.csv, ratings.dat, u.data and the ml-100k splits all hold `user, movie, rating, time`. */
function ratingRow(knownMovieIds: ReadonlySet<string> | undefined): RowSchema<ParsedRating> {
  return {
    columns: 4,
    parse: ([userId, movieId, rating, timestamp]) => {
      const movie = parseId('movie', movieId);
      if (knownMovieIds && !knownMovieIds.has(movie)) rejectRow(`unknown movie id ${movie}`);
      return {
        userId: parseId('user', userId),
        movieId: movie,
        rating: parseRating(rating),
        ratedAt: parseTimestamp(timestamp),
      };
    },
  };
}

/** Streams the ratings of one file in batches, never holding the whole file. */
export async function* readRatingsFile(
  file: string,
  dialect: Dialect,
  onIssue: OnIssue,
  { batchSize = DEFAULT_BATCH_SIZE, knownMovieIds, onProgress }: ReadRatingsOptions = {},
): AsyncGenerator<ParsedRating[]> {
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    throw new RangeError(`batchSize must be a positive whole number, got ${batchSize}`);
  }
  let batch: ParsedRating[] = [];
  const schema = ratingRow(knownMovieIds);
  for await (const ratings of readRows(file, dialect, schema, onIssue, onProgress)) {
    for (const rating of ratings) {
      batch.push(rating);
      if (batch.length === batchSize) {
        yield batch;
        batch = [];
      }
    }
  }
  if (batch.length > 0) yield batch;
}

/** Streams the ratings of a MovieLens folder in batches (ml-32m has 32 million). */
export function readRatings(
  dir: string,
  format: MovieLensFormat,
  onIssue: OnIssue,
  options: ReadRatingsOptions = {},
): AsyncIterable<ParsedRating[]> {
  const { ratings } = MOVIELENS_LAYOUTS[format];
  return readRatingsFile(path.join(dir, ratings.name), ratings.dialect, onIssue, options);
}

/** Bytes per line of a MovieLens ratings file: 24.6 in ml-latest-small, 25.4 in ML-25M shape. */
const BYTES_PER_RATING = 25;

/** About how many ratings a MovieLens folder holds, from the ratings file's size alone. */
export async function estimateRatings(dir: string, format: MovieLensFormat): Promise<number> {
  const { ratings } = MOVIELENS_LAYOUTS[format];
  return Math.round((await fileSize(path.join(dir, ratings.name))) / BYTES_PER_RATING);
}
