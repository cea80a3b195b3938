import { openDatabase } from '../graph/open-database';
import { RecommendRepository } from '../graph/recommend-repository';
import { modelsDir, trainAndSave } from '../server/model-service';

/** `npm run train`: trains on the graph as it is and writes a model file a running server swaps in. */
async function main(): Promise<void> {
  const database = await openDatabase();
  try {
    const { file, models, similar } = await trainAndSave(
      new RecommendRepository(database),
      modelsDir(),
    );
    const { report } = models;
    console.log(
      `Trained on ${report.ratings} ratings from ${report.users} users over ${report.movies} movies in ${report.trainingSeconds.toFixed(2)} s; held-out RMSE ${report.heldOutRmse.toFixed(4)}.`,
    );
    console.log(`Wrote ${file}`);
    console.log(
      `Wrote ${similar} learned item–item weights into the graph as (:Movie)-[:SIMILAR {weight}]->(:Movie).`,
    );
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
