import path from 'node:path';
import { parseArgs } from 'node:util';
import { Database } from '../src/graph/database';
import { openDatabase } from '../src/graph/open-database';
import { projectRoot } from '../src/project-root';
import { Catalogue } from './catalogue';
import {
  DatasetError,
  downloadMovieLens,
  MOVIELENS_DOWNLOADS,
  MovieLensDownload,
  ParseIssue,
} from './formats';
import { countGraph, loadCatalogue, LoadSummary, resetGraph } from './graph-loader';
import { demoCatalogue } from './sources/demo';
import { movieLensCatalogue } from './sources/movielens';

export const USAGE = `Usage:
  npm run seed -- demo [--users 320] [--reset]
  npm run seed -- movielens <folder> [--metadata movie_metadata.csv] [--reset]
  npm run seed -- movielens --download <${MOVIELENS_DOWNLOADS.join('|')}> [--into .data/datasets] [--metadata …]`;

const MAX_ISSUES_LISTED = 50;

export interface SeedIo {
  out: (line: string) => void;
  err: (line: string) => void;
  /** Defaults to the project's own database (started if NEO4J_URI is unset). */
  openDatabase?: () => Promise<Database>;
}

function formatSummary(summary: LoadSummary): string {
  const lines = Object.keys(summary.after).map((key) => {
    const delta = summary.after[key] - (summary.before[key] ?? 0);
    return `  ${key.padEnd(14)} ${String(summary.after[key]).padStart(9)}  (${delta >= 0 ? '+' : ''}${delta})`;
  });
  return [
    `Loaded ${summary.source}: ${summary.ratingsRead} ratings in ${summary.seconds.toFixed(1)} s (${summary.ratingsPerSecond} ratings/s).`,
    'The graph now holds (change):',
    ...lines,
  ].join('\n');
}

function formatIssues(issues: ParseIssue[]): string[] {
  if (issues.length === 0) return [];
  const listed = issues
    .slice(0, MAX_ISSUES_LISTED)
    .map(({ file, line, reason }) => `  ${file}:${line}: ${reason}`);
  const rest =
    issues.length > MAX_ISSUES_LISTED ? [`  … and ${issues.length - MAX_ISSUES_LISTED} more`] : [];
  return [`Skipped ${issues.length} malformed row(s):`, ...listed, ...rest];
}

const isDownload = (name: string): name is MovieLensDownload =>
  (MOVIELENS_DOWNLOADS as readonly string[]).includes(name);

async function movieLensFolder(
  positionals: string[],
  download: string | undefined,
  into: string | undefined,
): Promise<string> {
  if (download === undefined) {
    if (positionals.length !== 1)
      throw new DatasetError(
        `movielens needs one folder, e.g. ../shared/datasets/ml-latest-small\n${USAGE}`,
      );
    return positionals[0];
  }
  if (!isDownload(download))
    throw new DatasetError(
      `--download: unknown dataset "${download}"; choose one of ${MOVIELENS_DOWNLOADS.join(', ')}`,
    );
  return downloadMovieLens(download, into ?? path.join(projectRoot, '.data', 'datasets'));
}

async function catalogueFor(
  argv: string[],
  onIssue: (issue: ParseIssue) => void,
): Promise<{ catalogue: Catalogue; reset: boolean }> {
  const [source, ...args] = argv;
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      reset: { type: 'boolean', default: false },
      users: { type: 'string' },
      metadata: { type: 'string' },
      download: { type: 'string' },
      into: { type: 'string' },
    },
  });
  if (source === 'demo') {
    const users = values.users === undefined ? undefined : Number(values.users);
    if (users !== undefined && !(Number.isInteger(users) && users > 0)) {
      throw new DatasetError(`--users must be a positive whole number, got "${values.users}"`);
    }
    return { catalogue: demoCatalogue({ users }), reset: values.reset };
  }
  if (source === 'movielens') {
    const folder = await movieLensFolder(positionals, values.download, values.into);
    return {
      catalogue: await movieLensCatalogue(folder, { metadataFile: values.metadata, onIssue }),
      reset: values.reset,
    };
  }
  throw new DatasetError(source === undefined ? USAGE : `Unknown source "${source}".\n${USAGE}`);
}

/**
 * `npm run seed -- …`: returns the exit code. Bad arguments or missing files are one line on
 * stderr and exit code 2, checked before the database is touched.
 */
export async function runSeedCommand(argv: string[], io: SeedIo): Promise<number> {
  const issues: ParseIssue[] = [];
  let plan: { catalogue: Catalogue; reset: boolean };
  try {
    plan = await catalogueFor(argv, (issue) => issues.push(issue));
  } catch (error) {
    if (
      error instanceof DatasetError ||
      (error instanceof TypeError &&
        'code' in error &&
        String(error.code).startsWith('ERR_PARSE_ARGS'))
    ) {
      io.err(error.message);
      return 2;
    }
    throw error;
  }

  const database = await (io.openDatabase ?? openDatabase)();
  try {
    if (plan.reset) {
      const counts = await countGraph(database);
      io.out(
        `--reset: deleting everything in the database first (${counts.movies} movies, ${counts.users} users, ${counts.ratings} ratings).`,
      );
      await resetGraph(database);
    }
    const summary = await loadCatalogue(database, plan.catalogue);
    io.out(formatSummary(summary));
    for (const line of formatIssues(issues)) io.err(line);
    return 0;
  } finally {
    await database.close();
  }
}
