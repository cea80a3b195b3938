import { parseArgs } from 'node:util';
import { generateDataset, type GenerateOptions, type ProgressListener } from './generate-dataset';
import { MIN_RATINGS_PER_USER } from './user-activity';

export const GENERATE_USAGE = `Usage: npm run generate -- --users N --movies M --ratings R --out <folder> [--seed 42]
                      [--first-user 1] [--catalogue-seed <seed>]
  Writes a synthetic MovieLens-format dataset (ratings.csv, movies.csv, links.csv).
  ML-25M shape: --users 162000 --movies 59000 --ratings 25000000
  More ratings for a set generated before: the same --movies and its seed as --catalogue-seed
  (the same movies), another --seed, and --first-user past its users for new users.`;

export interface GenerateIo {
  out: (line: string) => void;
  err: (line: string) => void;
  /** Progress updates; a terminal gets one rewritten line, a pipe a line every 10%. */
  progress?: ProgressListener;
}

class UsageError extends Error {}

function wholeNumber(name: string, text: string | undefined, min: number): number {
  if (text === undefined) throw new UsageError(`--${name} is required\n${GENERATE_USAGE}`);
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < min) {
    throw new UsageError(`--${name} must be a whole number of at least ${min}, got "${text}"`);
  }
  return value;
}

/** The options, checked: every user must be able to rate MIN_RATINGS_PER_USER distinct movies. */
export function parseGenerateArgs(argv: string[]): GenerateOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      users: { type: 'string' },
      movies: { type: 'string' },
      ratings: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string', default: '42' },
      'first-user': { type: 'string', default: '1' },
      'catalogue-seed': { type: 'string' },
    },
  });
  const users = wholeNumber('users', values.users, 1);
  const movies = wholeNumber('movies', values.movies, 2 * MIN_RATINGS_PER_USER);
  const ratings = wholeNumber('ratings', values.ratings, 1);
  const seed = wholeNumber('seed', values.seed, 0);
  const firstUser = wholeNumber('first-user', values['first-user'], 1);
  const catalogueSeed =
    values['catalogue-seed'] === undefined
      ? seed
      : wholeNumber('catalogue-seed', values['catalogue-seed'], 0);
  if (values.out === undefined || values.out === '') {
    throw new UsageError(`--out is required\n${GENERATE_USAGE}`);
  }
  if (ratings < users * MIN_RATINGS_PER_USER) {
    throw new UsageError(
      `--ratings must be at least ${MIN_RATINGS_PER_USER} per user (${users * MIN_RATINGS_PER_USER} for ${users} users)`,
    );
  }
  if (ratings > users * Math.floor(movies / 2)) {
    throw new UsageError(
      `--ratings is too many: a user rates at most half of the ${movies} movies (${users * Math.floor(movies / 2)} in all)`,
    );
  }
  return { users, movies, ratings, out: values.out, seed, firstUser, catalogueSeed };
}

/** `npm run generate -- …`: returns the exit code; bad arguments are one line and exit code 2. */
export async function runGenerateCommand(argv: string[], io: GenerateIo): Promise<number> {
  let options: GenerateOptions;
  try {
    options = parseGenerateArgs(argv);
  } catch (error) {
    // parseArgs throws a TypeError from Node's own realm, so look at its code, not its class.
    const isArgsError =
      typeof error === 'object' &&
      error !== null &&
      'code' in error &&
      String(error.code).startsWith('ERR_PARSE_ARGS');
    if (error instanceof UsageError || isArgsError) {
      io.err((error as Error).message);
      return 2;
    }
    throw error;
  }
  const summary = await generateDataset(options, io.progress);
  io.out(
    `Wrote ${summary.ratings} ratings by ${summary.users} users of ${summary.movies} movies to ${options.out} in ${summary.seconds.toFixed(1)} s.`,
  );
  return 0;
}

/** A progress listener for stderr: one rewritten line on a terminal, a line per 10% otherwise. */
export function progressLine(stream: NodeJS.WriteStream = process.stderr): ProgressListener {
  const startedAt = Date.now();
  let lastShown = 0;
  let lastDecile = 0;
  return (written, total) => {
    const now = Date.now();
    const decile = Math.floor((10 * written) / total);
    const due = stream.isTTY ? now - lastShown >= 500 || written === total : decile > lastDecile;
    if (!due) return;
    lastShown = now;
    lastDecile = decile;
    const rate = Math.round(written / Math.max(0.001, (now - startedAt) / 1000));
    const line = `ratings ${written.toLocaleString('en')}/${total.toLocaleString('en')} (${Math.floor((100 * written) / total)}%), ${rate.toLocaleString('en')}/s`;
    stream.write(stream.isTTY ? `\r${line}${written === total ? '\n' : ''}` : `${line}\n`);
  };
}
