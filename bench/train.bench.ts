import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readMovies } from '../seed/formats/read-movies';
import { dataFingerprint, writeModelFile } from '../src/recommend/model-file';
import { trainModelsInParallel } from '../src/recommend/parallel-training';
import { readRatingColumns } from '../src/recommend/training/read-rating-columns';
import type { MovieFacts } from '../src/recommend/trained-models';

const USAGE =
  'Usage: npm run bench:train -- <folder with ratings.csv and movies.csv> [--out <models folder>]';

/**
 * `npm run bench:train -- <movielens-csv-folder> [--out <dir>]`: reads ratings.csv byte by byte
 * into typed columns (no object or string per rating), trains every model the server serves, and
 * prints the wall time of each stage and the process's peak resident memory (worker threads
 * included). With --out it also writes the model file a server can load from that folder.
 */
async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    args: process.argv.slice(2),
    allowPositionals: true,
    options: { out: { type: 'string' } },
  });
  const dir = positionals[0];
  if (dir === undefined) {
    console.error(USAGE);
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
  const sinceTraining = () => `${((Date.now() - trainingStarted) / 1000).toFixed(1)} s`;
  const models = await trainModelsInParallel({ ratings: columns, movies }, undefined, (stage) =>
    console.log(`  ${stage} done at ${sinceTraining()}`),
  );
  const trainingSeconds = (Date.now() - trainingStarted) / 1000;
  const peakMiB = process.resourceUsage().maxRSS / 1024;
  console.log(
    `trained on ${models.report.ratings} ratings, ${models.report.users} users, ${models.report.movies} movies; ` +
      `${models.itemItem.edgeCount} item–item weights; held-out RMSE ${models.report.heldOutRmse.toFixed(4)}`,
  );
  const { user, system } = process.cpuUsage();
  console.log(
    `training wall time: ${trainingSeconds.toFixed(1)} s (total with reading ${elapsed()}); ` +
      `CPU time of the whole run, all threads: ${((user + system) / 1e6).toFixed(1)} s`,
  );
  console.log(`peak RSS: ${peakMiB.toFixed(0)} MiB (${(peakMiB / 1024).toFixed(2)} GiB)`);
  if (values.out !== undefined) {
    const file = await writeModelFile(models, values.out, dataFingerprint(columns, movies));
    console.log(`wrote ${file}: ${elapsed()}`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
