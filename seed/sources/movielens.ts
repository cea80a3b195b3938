import { existsSync } from 'node:fs';
import path from 'node:path';
import { Catalogue, CatalogueMovie } from '../catalogue';
import {
  DatasetError,
  detectMovieLensFormat,
  estimateRatings,
  ImdbMetadata,
  joinMetadata,
  OnIssue,
  ParsedMovie,
  ParsedTag,
  readImdbMetadata,
  readMovies,
  readRatings,
  readTags,
} from '../formats';

export interface MovieLensOptions {
  /** IMDb-5000 style metadata, joined through links.csv for directors, cast and keywords. */
  metadataFile?: string;
  onIssue: OnIssue;
}

function toCatalogueMovie(
  movie: ParsedMovie,
  metadata: ImdbMetadata | undefined,
  tags: string[],
): CatalogueMovie {
  return {
    id: movie.id,
    title: movie.title,
    year: movie.year,
    // Genres come from MovieLens for every movie, so joined and unjoined movies agree.
    genres: movie.genres,
    imdbId: movie.imdbId,
    tmdbId: movie.tmdbId,
    directors: metadata?.directors ?? [],
    cast: metadata?.actors ?? [],
    keywords: [...new Set([...(metadata?.keywords ?? []), ...tags])],
  };
}

function tagsByMovie(tags: readonly ParsedTag[]): Map<string, string[]> {
  const byMovie = new Map<string, string[]>();
  for (const { movieId, tag } of tags) byMovie.set(movieId, [...(byMovie.get(movieId) ?? []), tag]);
  return byMovie;
}

/**
 * A MovieLens folder in any public format (ml-latest/25m/32m CSV, ml-1m/10m .dat, ml-100k),
 * optionally joined with IMDb metadata. Files are checked before anything is read, so a wrong
 * path fails with one DatasetError and nothing written.
 */
export async function movieLensCatalogue(
  dir: string,
  { metadataFile, onIssue }: MovieLensOptions,
): Promise<Catalogue> {
  const format = await detectMovieLensFormat(dir);
  if (metadataFile !== undefined && !existsSync(metadataFile)) {
    throw new DatasetError(
      `--metadata: no file at ${metadataFile}; pass the IMDb 5000 movie_metadata.csv`,
    );
  }
  const movies = await readMovies(dir, format, onIssue);
  const metadata =
    metadataFile === undefined
      ? new Map<string, ImdbMetadata>()
      : joinMetadata(movies, await readImdbMetadata(metadataFile, onIssue));
  const tags = tagsByMovie(await readTags(dir, format, onIssue));
  return {
    source: path.basename(path.resolve(dir)),
    movies: movies.map((movie) =>
      toCatalogueMovie(movie, metadata.get(movie.id), tags.get(movie.id) ?? []),
    ),
    users: [],
    ratings: readRatings(dir, format, onIssue, {
      knownMovieIds: new Set(movies.map((movie) => movie.id)),
    }),
    expectedRatings: await estimateRatings(dir, format),
  };
}
