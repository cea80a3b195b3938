import { existsSync } from 'node:fs';
import path from 'node:path';
import { sharedDatasets } from '../shared-datasets';
import { performance } from 'node:perf_hooks';
import { readImdbMetadata } from './imdb-metadata';
import { joinMetadata } from './join-metadata';
import { detectMovieLensFormat } from './movielens-format';
import type { ParseIssue } from './parse-issue';
import { readMovies } from './read-movies';
import { readRatings, type ParsedRating } from './read-ratings';
import { readTags } from './read-tags';

const DATASETS = sharedDatasets;
const ML_LATEST_SMALL = path.join(DATASETS, 'ml-latest-small');
const IMDB_5000 = path.join(DATASETS, 'imdb-5000', 'movie_metadata.csv');
const present = existsSync(ML_LATEST_SMALL) && existsSync(IMDB_5000);

if (!present) {
  console.warn(`Skipping the real-data tests: ${DATASETS} is absent (see its README in CI).`);
}

const describeWithData = present ? describe : describe.skip;

describeWithData('the shared ml-latest-small and IMDB 5000 files', () => {
  const issues: ParseIssue[] = [];
  const onIssue = (issue: ParseIssue): void => {
    issues.push(issue);
  };

  beforeEach(() => {
    issues.length = 0;
  });

  it('is a csv-format MovieLens folder', async () => {
    expect(await detectMovieLensFormat(ML_LATEST_SMALL)).toBe('csv');
  });

  it('has 9,742 movies with 19 genres, (no genres listed) not being one', async () => {
    const movies = await readMovies(ML_LATEST_SMALL, 'csv', onIssue);
    expect(issues).toEqual([]);
    expect(movies).toHaveLength(9_742);
    const genres = new Set(movies.flatMap((movie) => movie.genres));
    expect(genres.size).toBe(19);
    expect(genres).toContain('IMAX');
    expect(movies.filter((movie) => movie.genres.length === 0)).toHaveLength(34);
    expect(movies.filter((movie) => movie.imdbId !== undefined)).toHaveLength(9_742);
    expect(movies.find((movie) => movie.id === '2571')).toEqual({
      id: '2571',
      title: 'Matrix, The',
      year: 1999,
      genres: ['Action', 'Sci-Fi', 'Thriller'],
      imdbId: 133093,
      tmdbId: 603,
    });
  });

  it('streams 100,836 ratings by 610 users, all of known movies', async () => {
    const movies = await readMovies(ML_LATEST_SMALL, 'csv', onIssue);
    const knownMovieIds = new Set(movies.map((movie) => movie.id));
    const started = performance.now();
    const ratings: ParsedRating[] = [];
    let batches = 0;
    for await (const batch of readRatings(ML_LATEST_SMALL, 'csv', onIssue, { knownMovieIds })) {
      ratings.push(...batch);
      batches++;
    }
    const elapsed = performance.now() - started;
    console.log(`read ${ratings.length} ratings in ${batches} batches in ${elapsed.toFixed(0)} ms`);
    expect(issues).toEqual([]);
    expect(ratings).toHaveLength(100_836);
    expect(batches).toBe(11);
    expect(new Set(ratings.map((rating) => rating.userId)).size).toBe(610);
  });

  it('has the tags as keywords, once per movie', async () => {
    const tags = await readTags(ML_LATEST_SMALL, 'csv', onIssue);
    console.log(`${tags.length} distinct (movie, tag) pairs`);
    expect(issues).toEqual([]);
    expect(tags).toHaveLength(3_574);
  });

  it('joins IMDb credits to the MovieLens movies by IMDb id', async () => {
    const movies = await readMovies(ML_LATEST_SMALL, 'csv', onIssue);
    const metadata = await readImdbMetadata(IMDB_5000, onIssue);
    const joined = joinMetadata(movies, metadata);
    console.log(
      `IMDB 5000: ${metadata.length} distinct films; ${joined.size} of ${movies.length} MovieLens movies joined`,
    );
    // The one row of the file without a movie_imdb_link ("Sanctuary", index 5032).
    expect(issues).toEqual([
      { file: IMDB_5000, line: 5_033, reason: "movie_imdb_link '' has no IMDb id" },
    ]);
    expect(metadata).toHaveLength(4_918);
    expect(joined.size).toBe(3_539);
    expect(joined.get('2571')).toMatchObject({
      title: 'The Matrix',
      year: 1999,
      directors: ['Lana Wachowski'],
    });
  });
});
