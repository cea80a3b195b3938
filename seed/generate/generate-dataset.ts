import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { gaussian, mulberry32, type Random } from '../../src/recommend/random';
import { SyntheticCatalogue, TASTE_DIMENSIONS } from './synthetic-catalogue';
import { MIN_RATINGS_PER_USER, userActivity } from './user-activity';

export interface GenerateOptions {
  readonly users: number;
  readonly movies: number;
  readonly ratings: number;
  readonly out: string;
  readonly seed: number;
  /** The id of the first user written (1 by default): later ids add new users to a loaded set. */
  readonly firstUser?: number;
  /**
   * Seeds the movies alone (`seed` by default): the same catalogue with other users, e.g. more
   * ratings for a graph loaded from a dataset generated with this seed.
   */
  readonly catalogueSeed?: number;
}

export interface GenerateSummary {
  readonly users: number;
  readonly movies: number;
  readonly ratings: number;
  readonly seconds: number;
}

/** Called now and then with the number of ratings written so far. */
export type ProgressListener = (written: number, total: number) => void;

/** A user never rates more than this share of the catalogue. */
const MAX_SHARE_PER_USER = 0.5;
/** Flush a file's buffered text once it grows past this many characters. */
const CHUNK = 1 << 20;
const FIRST_TIMESTAMP = Date.UTC(1996, 0, 1) / 1000;
const TIMESTAMP_SPAN = Date.UTC(2023, 0, 1) / 1000 - FIRST_TIMESTAMP;

/**
 * Writes ratings.csv, movies.csv and links.csv in MovieLens format to `out`. Each user has a hidden
 * taste vector; they pick movies by popularity, keeping a pick more often the better it matches
 * their taste, and rate it by that match plus the movie's quality, their own bias and noise. Memory
 * stays constant in the number of ratings: users are generated and written one at a time.
 */
export async function generateDataset(
  options: GenerateOptions,
  onProgress: ProgressListener = () => {},
): Promise<GenerateSummary> {
  const startedAt = Date.now();
  const { users, movies, ratings, out, seed, firstUser = 1, catalogueSeed = seed } = options;
  await mkdir(out, { recursive: true });
  const random = mulberry32(seed);
  // With one seed the users draw on after the movies, as datasets generated before the
  // catalogue seed existed did; with two, the users' draws do not depend on the movies'.
  const catalogue = new SyntheticCatalogue(
    movies,
    catalogueSeed === seed ? random : mulberry32(catalogueSeed),
  );
  await writeCatalogue(catalogue, out);

  const file = new BufferedFile(join(out, 'ratings.csv'));
  file.append('userId,movieId,rating,timestamp\n');
  const maxPerUser = Math.max(MIN_RATINGS_PER_USER, Math.floor(movies * MAX_SHARE_PER_USER));
  const taken = new Uint8Array(movies);
  const picks = new Int32Array(maxPerUser);
  const taste = new Float32Array(TASTE_DIMENSIONS);
  let written = 0;
  let u = firstUser - 1;
  for (const count of userActivity({ users, ratings, maxPerUser, seed: seed + 1 })) {
    for (let d = 0; d < TASTE_DIMENSIONS; d++) taste[d] = 0.6 * gaussian(random);
    const chosen = pickMovies(catalogue, taste, count, random, taken, picks);
    const bias = 0.35 * gaussian(random);
    const halfStars = random() < 0.6;
    let time = FIRST_TIMESTAMP + Math.floor(random() * TIMESTAMP_SPAN);
    u++;
    for (const m of chosen) {
      taken[m] = 0;
      const raw =
        3.2 +
        bias +
        catalogue.quality[m] +
        0.9 * catalogue.affinity(taste, m) +
        0.5 * gaussian(random);
      time += 1 + Math.floor(random() * 3600);
      file.append(`${u},${m + 1},${toStars(raw, halfStars)},${time}\n`);
    }
    await file.flushWhenFull();
    written += count;
    onProgress(written, ratings);
  }
  await file.close();
  return { users, movies, ratings: written, seconds: (Date.now() - startedAt) / 1000 };
}

/**
 * `count` distinct movies for one user, ascending: drawn by popularity and kept with a probability
 * that grows with the taste match. `taken` flags the picks (the caller clears them).
 */
function pickMovies(
  catalogue: SyntheticCatalogue,
  taste: Float32Array,
  count: number,
  random: Random,
  taken: Uint8Array,
  picks: Int32Array,
): Int32Array {
  let n = 0;
  let attempts = 0;
  while (n < count) {
    attempts++;
    const m = catalogue.samplePopular();
    if (taken[m] === 1) continue;
    const keep = 1 / (1 + Math.exp(-2 * catalogue.affinity(taste, m)));
    // A very active user exhausts the movies they like; then taste stops filtering.
    if (attempts < 20 * count && random() > keep) continue;
    taken[m] = 1;
    picks[n++] = m;
    if (attempts > 200 * count) break;
  }
  // Popularity sampling alone can stall on the tail for huge counts; fill from the catalogue order.
  for (let m = 0; n < count && m < catalogue.nMovies; m++) {
    if (taken[m] === 0) {
      taken[m] = 1;
      picks[n++] = m;
    }
  }
  return picks.subarray(0, n).sort();
}

/** 0.5…5 stars: whole stars for users who never give halves. */
function toStars(raw: number, halfStars: boolean): string {
  const step = halfStars ? 2 : 1;
  const rounded = Math.round(raw * step) / step;
  return String(Math.min(5, Math.max(halfStars ? 0.5 : 1, rounded)));
}

async function writeCatalogue(catalogue: SyntheticCatalogue, out: string): Promise<void> {
  const movies = new BufferedFile(join(out, 'movies.csv'));
  const links = new BufferedFile(join(out, 'links.csv'));
  movies.append('movieId,title,genres\n');
  links.append('movieId,imdbId,tmdbId\n');
  for (let m = 0; m < catalogue.nMovies; m++) {
    const id = m + 1;
    movies.append(`${id},${csvField(catalogue.title(m))},${catalogue.genres(m).join('|')}\n`);
    links.append(`${id},${String(100000 + id).padStart(7, '0')},${90000 + id}\n`);
    await Promise.all([movies.flushWhenFull(), links.flushWhenFull()]);
  }
  await Promise.all([movies.close(), links.close()]);
}

function csvField(text: string): string {
  return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A write stream fed in large chunks, waiting for it to drain so memory stays flat. */
class BufferedFile {
  private readonly stream: WriteStream;
  private buffer = '';

  constructor(path: string) {
    this.stream = createWriteStream(path);
  }

  append(text: string): void {
    this.buffer += text;
  }

  async flushWhenFull(): Promise<void> {
    if (this.buffer.length >= CHUNK) await this.flush();
  }

  async close(): Promise<void> {
    await this.flush();
    this.stream.end();
    await once(this.stream, 'finish');
  }

  private async flush(): Promise<void> {
    const chunk = this.buffer;
    this.buffer = '';
    if (!this.stream.write(chunk)) await once(this.stream, 'drain');
  }
}
