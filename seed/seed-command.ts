import path from 'node:path';
import { parseArgs } from 'node:util';
import { localNeo4jSettings, neo4jConnection } from '../src/config';
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
import { availabilityFor } from './availability';
import { bulkLoadCatalogue } from './bulk-loader';
import { countGraph, GraphCounts, loadCatalogue, LoadSummary, resetGraph } from './graph-loader';
import { demoCatalogue } from './sources/demo';
import { movieLensCatalogue } from './sources/movielens';

/**
 * Below this the offline importer loses to Cypher: stopping, importing into and restarting Neo4j
 * costs about 40 s, Cypher loads ml-latest-small's 100k ratings in about 5.
 */
export const BULK_MIN_RATINGS = 1_000_000;

const LOADERS = ['auto', 'bulk', 'transactional'] as const;
type Loader = (typeof LOADERS)[number];
const isLoader = (name: string): name is Loader => (LOADERS as readonly string[]).includes(name);

export const USAGE = `Usage:
  npm run seed -- demo [--users 320] [--reset | --if-empty] [--loader auto|bulk|transactional]
  npm run seed -- movielens <folder> [--metadata movie_metadata.csv] [--reset] [--loader …]
  npm run seed -- movielens --download <${MOVIELENS_DOWNLOADS.join('|')}> [--into .data/datasets] [--metadata …]
--loader auto (the default) bulk-imports ${BULK_MIN_RATINGS.toLocaleString('en')} ratings or more into an
empty graph on the project's own Neo4j (which restarts for it) and writes through Cypher otherwise.
--if-empty loads only into a graph without movies (what \`npm start\` does with the demo).
--availability <file.csv> (either source): where films can be watched, a CSV with imdbId and/or
tmdbId, provider and region columns; the demo loads the sample seed/demo/availability.csv.`;

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
  const phases = Object.entries(summary.phases)
    .map(([phase, seconds]) => `${phase} ${seconds.toFixed(1)} s`)
    .join(', ');
  return [
    `Loaded ${summary.source} by ${summary.method}: ${summary.ratingsRead} ratings in ${summary.seconds.toFixed(1)} s (${summary.ratingsPerSecond} ratings/s; ${phases}).`,
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

interface LoadPlan {
  catalogue: Catalogue;
  reset: boolean;
  /** Load nothing when the graph already holds movies. */
  ifEmpty: boolean;
  loader: Loader;
  /** What was read besides the catalogue, for the person running the seeder. */
  notes: string[];
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
): Promise<LoadPlan> {
  const [source, ...args] = argv;
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      reset: { type: 'boolean', default: false },
      'if-empty': { type: 'boolean', default: false },
      loader: { type: 'string', default: 'auto' },
      users: { type: 'string' },
      metadata: { type: 'string' },
      download: { type: 'string' },
      into: { type: 'string' },
      availability: { type: 'string' },
    },
  });
  if (!isLoader(values.loader)) {
    throw new DatasetError(`--loader: choose one of ${LOADERS.join(', ')}, got "${values.loader}"`);
  }
  const loader = values.loader;
  if (values.reset && values['if-empty']) {
    throw new DatasetError('--reset and --if-empty contradict each other: choose one');
  }
  if (loader === 'bulk' && !neo4jConnection().local) {
    throw new DatasetError(
      "--loader bulk needs the project's own Neo4j (the importer writes its files); NEO4J_URI is set",
    );
  }
  const plan = (catalogue: Catalogue) =>
    withAvailability(
      { catalogue, reset: values.reset, ifEmpty: values['if-empty'], loader, notes: [] },
      values.availability,
      onIssue,
    );
  if (source === 'demo') {
    const users = values.users === undefined ? undefined : Number(values.users);
    if (users !== undefined && !(Number.isInteger(users) && users > 0)) {
      throw new DatasetError(`--users must be a positive whole number, got "${values.users}"`);
    }
    return plan(await demoCatalogue({ users }));
  }
  if (source === 'movielens') {
    const folder = await movieLensFolder(positionals, values.download, values.into);
    return plan(await movieLensCatalogue(folder, { metadataFile: values.metadata, onIssue }));
  }
  throw new DatasetError(source === undefined ? USAGE : `Unknown source "${source}".\n${USAGE}`);
}

/** The plan with the availability of `file` in place of the catalogue's own, when given. */
async function withAvailability(
  plan: LoadPlan,
  file: string | undefined,
  onIssue: (issue: ParseIssue) => void,
): Promise<LoadPlan> {
  if (file === undefined) return plan;
  const { matched, unmatched } = await availabilityFor(file, plan.catalogue.movies, onIssue);
  const films = new Set(matched.map((row) => row.movieId)).size;
  const skipped = unmatched > 0 ? `; ${unmatched} row(s) name films this catalogue lacks` : '';
  return {
    ...plan,
    catalogue: { ...plan.catalogue, availability: matched },
    notes: [
      ...plan.notes,
      `Availability from ${file}: ${matched.length} rows for ${films} films${skipped}.`,
    ],
  };
}

const isEmpty = (counts: GraphCounts) => Object.values(counts).every((count) => count === 0);

/** Whether to use the offline importer; throws a DatasetError when `--loader bulk` cannot. */
async function useBulkImport(database: Database, plan: LoadPlan): Promise<boolean> {
  if (plan.loader === 'transactional' || !neo4jConnection().local) return false;
  const empty = isEmpty(await countGraph(database));
  if (plan.loader === 'bulk' && !empty) {
    throw new DatasetError(
      '--loader bulk needs an empty graph (add --reset to empty it first); a graph with data is loaded with --loader transactional',
    );
  }
  return (
    empty && (plan.loader === 'bulk' || (plan.catalogue.expectedRatings ?? 0) >= BULK_MIN_RATINGS)
  );
}

/** The offline importer for a large load into an empty graph the project runs itself; Cypher otherwise. */
async function load(database: Database, plan: LoadPlan, io: SeedIo): Promise<LoadSummary> {
  if (!(await useBulkImport(database, plan))) return loadCatalogue(database, plan.catalogue);
  const settings = localNeo4jSettings();
  io.out(
    `The graph is empty: bulk import with Neo4j's importer (Neo4j restarts for it; its log: ${path.join(settings.dataDir, 'reelgraph-import.log')}).`,
  );
  return bulkLoadCatalogue(database, settings, plan.catalogue, (chunk) => {
    if (process.stderr.isTTY) process.stderr.write(chunk);
  });
}

/**
 * `npm run seed -- …`: returns the exit code. Bad arguments or missing files are one line on
 * stderr and exit code 2, checked before the database is touched.
 */
export async function runSeedCommand(argv: string[], io: SeedIo): Promise<number> {
  const issues: ParseIssue[] = [];
  let plan: LoadPlan;
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
    if (plan.ifEmpty) {
      const { movies } = await countGraph(database);
      if (movies > 0) {
        io.out(`The graph already holds ${movies} movies: nothing loaded (--if-empty).`);
        return 0;
      }
    }
    if (plan.reset) {
      const counts = await countGraph(database);
      io.out(
        `--reset: deleting everything in the database first (${counts.movies} movies, ${counts.users} users, ${counts.ratings} ratings).`,
      );
      await resetGraph(database);
    }
    let summary: LoadSummary;
    try {
      summary = await load(database, plan, io);
    } catch (error) {
      if (!(error instanceof DatasetError)) throw error;
      io.err(error.message);
      return 2;
    }
    for (const note of plan.notes) io.out(note);
    io.out(formatSummary(summary));
    for (const line of formatIssues(issues)) io.err(line);
    return 0;
  } finally {
    await database.close();
  }
}
