import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import type { ParseIssue } from '../formats/parse-issue';
import { readMovies } from '../formats/read-movies';
import { readRatings, type ParsedRating } from '../formats/read-ratings';
import { parseGenerateArgs, runGenerateCommand } from './generate-command';
import { generateDataset } from './generate-dataset';
import { MIN_RATINGS_PER_USER, userActivity } from './user-activity';

const temporaryFolders: string[] = [];

async function temporaryFolder(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'reelgraph-generate-'));
  temporaryFolders.push(dir);
  return dir;
}

afterAll(async () => {
  await Promise.all(temporaryFolders.map((dir) => rm(dir, { recursive: true, force: true })));
});

async function allRatings(dir: string, issues: ParseIssue[]): Promise<ParsedRating[]> {
  const all: ParsedRating[] = [];
  for await (const batch of readRatings(dir, 'csv', (issue) => issues.push(issue)))
    all.push(...batch);
  return all;
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

describe('userActivity', () => {
  it('hands out exactly the requested total, at least 20 each, log-normally skewed', () => {
    const counts = [...userActivity({ users: 1000, ratings: 150_000, maxPerUser: 5000, seed: 7 })];
    expect(counts).toHaveLength(1000);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(150_000);
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(MIN_RATINGS_PER_USER);
    const sorted = [...counts].sort((a, b) => a - b);
    // Log-normal: the mean sits well above the median and the heaviest users are far out.
    expect(150 / sorted[500]).toBeGreaterThan(1.3);
    expect(sorted[999]).toBeGreaterThan(5 * sorted[500]);
  });

  it('never exceeds the per-user cap', () => {
    const counts = [...userActivity({ users: 50, ratings: 2500, maxPerUser: 60, seed: 1 })];
    expect(Math.max(...counts)).toBeLessThanOrEqual(60);
  });
});

describe('generateDataset', () => {
  const options = { users: 300, movies: 2000, ratings: 30_000, seed: 11 };
  let dir: string;
  let ratings: ParsedRating[];
  const issues: ParseIssue[] = [];

  beforeAll(async () => {
    dir = await temporaryFolder();
    await generateDataset({ ...options, out: dir });
    ratings = await allRatings(dir, issues);
  });

  it('writes MovieLens files the seeder reads without a single issue', async () => {
    const movieIssues: ParseIssue[] = [];
    const movies = await readMovies(dir, 'csv', (issue) => movieIssues.push(issue));
    expect(movieIssues).toEqual([]);
    expect(issues).toEqual([]);
    expect(movies).toHaveLength(options.movies);
    expect(movies.every((movie) => movie.year !== null && movie.genres.length > 0)).toBe(true);
    expect(movies.every((movie) => movie.imdbId !== undefined)).toBe(true);
    expect(ratings).toHaveLength(options.ratings);
  });

  it('gives every user at least 20 distinct movies', () => {
    const perUser = countBy(ratings, (rating) => rating.userId);
    expect(perUser.size).toBe(options.users);
    expect(Math.min(...perUser.values())).toBeGreaterThanOrEqual(MIN_RATINGS_PER_USER);
    const pairs = new Set(ratings.map((rating) => `${rating.userId}:${rating.movieId}`));
    expect(pairs.size).toBe(ratings.length);
  });

  it('has long-tailed movie popularity', () => {
    const perMovie = [...countBy(ratings, (rating) => rating.movieId).values()].sort(
      (a, b) => b - a,
    );
    const top = perMovie.slice(0, Math.round(options.movies / 10)).reduce((a, b) => a + b, 0);
    expect(top / ratings.length).toBeGreaterThan(0.4);
    expect(perMovie[perMovie.length - 1]).toBeLessThan(perMovie[0] / 20);
  });

  it('spreads ratings over the whole scale', () => {
    const stars = countBy(ratings, (rating) => String(rating.rating));
    expect(stars.size).toBeGreaterThanOrEqual(8);
    const mean = ratings.reduce((sum, rating) => sum + rating.rating, 0) / ratings.length;
    expect(mean).toBeGreaterThan(3);
    expect(mean).toBeLessThan(4.2);
  });

  it('is reproducible from its seed', async () => {
    const again = await temporaryFolder();
    await generateDataset({ ...options, out: again });
    const [first, second] = await Promise.all(
      [dir, again].map((folder) => readFile(path.join(folder, 'ratings.csv'), 'utf8')),
    );
    expect(second).toBe(first);
  });

  it('writes other users from --first-user for the movies of --catalogue-seed', async () => {
    const more = await temporaryFolder();
    await generateDataset({
      ...options,
      users: 10,
      ratings: 500,
      out: more,
      seed: options.seed + 1,
      firstUser: 1001,
      catalogueSeed: options.seed,
    });
    const [movies, sameMovies] = await Promise.all(
      [dir, more].map((folder) => readFile(path.join(folder, 'movies.csv'), 'utf8')),
    );
    expect(sameMovies).toBe(movies);
    const userIds = [...countBy(await allRatings(more, []), (rating) => rating.userId).keys()];
    expect(userIds.map(Number).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 10 }, (_, index) => 1001 + index),
    );
  });
});

describe('npm run generate arguments', () => {
  it('reads the four required options and a default seed', () => {
    expect(
      parseGenerateArgs(['--users', '10', '--movies', '100', '--ratings', '300', '--out', 'x']),
    ).toEqual({
      users: 10,
      movies: 100,
      ratings: 300,
      out: 'x',
      seed: 42,
      firstUser: 1,
      catalogueSeed: 42,
    });
  });

  it('reads the first user and a catalogue seed of its own', () => {
    expect(
      parseGenerateArgs([
        ...['--users', '10', '--movies', '100', '--ratings', '300', '--out', 'x'],
        ...['--seed', '7', '--first-user', '501', '--catalogue-seed', '42'],
      ]),
    ).toMatchObject({ seed: 7, firstUser: 501, catalogueSeed: 42 });
  });

  it.each([
    [['--movies', '100', '--ratings', '300', '--out', 'x'], '--users is required'],
    [
      ['--users', '10', '--movies', '100', '--ratings', '100', '--out', 'x'],
      'at least 20 per user',
    ],
    [['--users', '10', '--movies', '100', '--ratings', '900', '--out', 'x'], 'too many'],
    [['--users', 'ten', '--movies', '100', '--ratings', '300', '--out', 'x'], 'whole number'],
    [['--users', '10', '--movies', '100', '--ratings', '300'], '--out is required'],
    [['--users', '10', '--bogus'], "Unknown option '--bogus'"],
    [
      ['--users', '10', '--movies', '100', '--ratings', '300', '--out', 'x', '--first-user', '0'],
      'whole number of at least 1',
    ],
  ])('rejects %j with one line and exit code 2', async (argv, message) => {
    const errors: string[] = [];
    const code = await runGenerateCommand(argv, {
      out: () => {},
      err: (line) => errors.push(line),
    });
    expect(code).toBe(2);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(message);
  });
});
