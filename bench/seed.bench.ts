import { useScratchNeo4j } from '../src/config';
import { openDatabase } from '../src/graph/open-database';
import { loadCatalogue, resetGraph } from '../seed/graph-loader';
import { movieLensSmallCatalogue } from '../seed/shared-datasets';

/**
 * `npm run bench:seed`: loads ml-latest-small with the IMDb metadata into an empty graph on a
 * Neo4j of its own (port 7689) and prints the wall time of the load and its rows per second.
 */
async function main(): Promise<void> {
  useScratchNeo4j('neo4j-bench', 7689);
  const database = await openDatabase();
  try {
    await resetGraph(database);
    const startedAt = process.hrtime.bigint();
    const catalogue = await movieLensSmallCatalogue();
    const summary = await loadCatalogue(database, catalogue);
    const seconds = Number(process.hrtime.bigint() - startedAt) / 1e9;
    const rows = summary.ratingsRead + catalogue.movies.length;
    console.log(
      `seed ml-latest-small + imdb-5000: ${seconds.toFixed(2)} s wall, ${Math.round(rows / seconds)} rows/s (${summary.ratingsRead} ratings, ${catalogue.movies.length} movies)`,
    );
    console.log(JSON.stringify(summary.after));
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
