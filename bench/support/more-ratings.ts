import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Database } from '../../src/graph/database';
import { projectRoot } from '../../src/project-root';
import { moviesDigest } from '../../seed/catalogue-digest';
import { generateDataset } from '../../seed/generate/generate-dataset';
import { countGraph } from '../../seed/graph-loader';
import { movieLensCatalogue } from '../../seed/sources/movielens';
import { measureScript, StepResult } from './measured-script';

/** Each generated user rates this many movies on average. */
const RATINGS_PER_USER = 100;
/**
 * The warm-up load's size, as a share of each measured one. A quarter was too little: the first
 * 100,000 ratings after Neo4j starts load at half the speed of the next (its JIT still compiles
 * the statement), and a graph in service is past that.
 */
const WARM_UP_SHARE = 1;

export interface MoreRatingsOptions {
  /** Ratings in each file. */
  ratings: number;
  /** The --seed the loaded dataset was generated with: the files must carry its movies. */
  catalogueSeed: number;
}

/**
 * The incremental load, as `npm run seed -- movielens <folder>` does it into the loaded graph:
 * first as many ratings from other new users to warm Neo4j up (its page cache and
 * compiled queries are cold after a start), then `ratings` ratings from new users, as many from
 * users the graph holds (ids from 1; some rate a movie they rated already, which rewrites it),
 * then the new users' file again, which adds nothing. The files come from the generator with
 * the graph's own movies, so only ratings are written. The graph keeps what is loaded: measure
 * on a copy of a store.
 */
export async function moreRatingsSteps(
  database: Database,
  env: NodeJS.ProcessEnv,
  { ratings, catalogueSeed }: MoreRatingsOptions,
): Promise<StepResult[]> {
  const counts = await countGraph(database);
  const users = Math.max(1, Math.round(ratings / RATINGS_PER_USER));
  const dir = await mkdtemp(path.join(os.tmpdir(), 'reelgraph-more-ratings-'));
  try {
    const generate = (name: string, seed: number, firstUser: number, share = 1) =>
      generateDataset({
        users: Math.max(1, Math.round(users * share)),
        movies: counts.movies,
        ratings: Math.round(ratings * share),
        out: path.join(dir, name),
        seed,
        firstUser,
        catalogueSeed,
      });
    await generate('new-users', catalogueSeed + 1, counts.users + 1);
    await generate('existing-users', catalogueSeed + 2, 1);
    await generate('warm-up', catalogueSeed + 3, counts.users + users + 1, WARM_UP_SHARE);
    await checkSameMovies(database, path.join(dir, 'new-users'), catalogueSeed);

    const load = async (step: string, folder: string): Promise<StepResult> => {
      const run = await measureScript(
        [path.join(projectRoot, 'dist', 'seed', 'cli.js'), 'movielens', path.join(dir, folder)],
        env,
      );
      if (run.failed) throw new Error(`${step}: the seed failed; its output is above.`);
      const loaded = /Loaded .*/.exec(run.output)?.[0] ?? '';
      const added = /ratings\s+\d+\s+\(([+-]\d+)\)/.exec(run.output)?.[1] ?? '?';
      return { step, ...run, note: `${loaded} Ratings in the graph: ${added}.` };
    };
    const perFile = `${ratings.toLocaleString('en')} ratings from ${users.toLocaleString('en')}`;
    return [
      await load('warm-up: other new users, Neo4j just started', 'warm-up'),
      await load(`${perFile} new users`, 'new-users'),
      await load(`${perFile} users of the graph`, 'existing-users'),
      await load('the new users’ file again', 'new-users'),
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Refuses a graph whose movies are not the generator's for this seed: the seed would rewrite them. */
async function checkSameMovies(database: Database, folder: string, catalogueSeed: number) {
  const generated = await movieLensCatalogue(folder, { onIssue: () => {} });
  const [last] = await database.read<{ digest: string | null }>('seed/last-movies-digest');
  if (last?.digest !== moviesDigest(generated.movies)) {
    throw new Error(
      `The graph's movies are not those of \`npm run generate\` with --seed ${catalogueSeed} and --movies ${generated.movies.length}; pass the seed its dataset was generated with (--catalogue-seed).`,
    );
  }
}
