import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { readMovies } from '../seed/formats/read-movies';
import { trainModelsInParallel } from '../src/recommend/parallel-training';
import { RatingColumns } from '../src/recommend/rating-columns';
import type { MovieFacts } from '../src/recommend/trained-models';

/**
 * `npm run bench:train -- <movielens-csv-folder>`: streams ratings.csv into typed columns (no
 * object per rating), trains every model the server serves, and prints the wall time of each
 * stage and the process's peak resident memory (worker threads included).
 */
async function main(): Promise<void> {
  const dir = process.argv[2];
  if (dir === undefined) {
    console.error('Usage: npm run bench:train -- <folder with ratings.csv and movies.csv>');
    process.exitCode = 2;
    return;
  }
  const started = Date.now();
  const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
  const columns = await readRatingColumns(join(dir, 'ratings.csv'));
  console.log(`read ${columns.length} ratings into typed columns: ${elapsed()}`);
  const movies: MovieFacts[] = (await readMovies(dir, 'csv', () => {})).map((movie) => ({
    id: movie.id,
    year: movie.year,
    genres: movie.genres,
    directors: [],
    cast: [],
    keywords: [],
  }));
  console.log(`read ${movies.length} movies: ${elapsed()}`);
  const trainingStarted = Date.now();
  const models = await trainModelsInParallel({ ratings: columns, movies });
  const trainingSeconds = (Date.now() - trainingStarted) / 1000;
  const peakMiB = process.resourceUsage().maxRSS / 1024;
  console.log(
    `trained on ${models.report.ratings} ratings, ${models.report.users} users, ${models.report.movies} movies; ` +
      `${models.itemItem.edgeCount} item–item weights; held-out RMSE ${models.report.heldOutRmse.toFixed(4)}`,
  );
  console.log(
    `training wall time: ${trainingSeconds.toFixed(1)} s (total with reading ${elapsed()})`,
  );
  console.log(`peak RSS: ${peakMiB.toFixed(0)} MiB (${(peakMiB / 1024).toFixed(2)} GiB)`);
}

/** ratings.csv (userId,movieId,rating,timestamp) line by line into three typed columns. */
async function readRatingColumns(file: string): Promise<RatingColumns> {
  const columns = new RatingColumns();
  const lines = createInterface({
    input: createReadStream(file, { highWaterMark: 1 << 20 }),
    crlfDelay: Infinity,
  });
  let header = true;
  for await (const line of lines) {
    if (header) {
      header = false;
      continue;
    }
    const first = line.indexOf(',');
    const second = line.indexOf(',', first + 1);
    const third = line.indexOf(',', second + 1);
    if (first < 0 || second < 0) continue;
    columns.add(
      line.slice(0, first),
      line.slice(first + 1, second),
      Number(line.slice(second + 1, third < 0 ? undefined : third)),
    );
  }
  return columns;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
