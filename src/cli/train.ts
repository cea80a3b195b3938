import { openDatabase } from '../graph/open-database';
import { RecommendRepository } from '../graph/recommend-repository';
import { modelsDir, trainAndSave, type TrainingProgress } from '../server/model-service';

/** `npm run train`: trains on the graph as it is and writes a model file a running server swaps in. */
async function main(): Promise<void> {
  const database = await openDatabase();
  try {
    const { file, models, similar } = await trainAndSave(
      new RecommendRepository(database),
      modelsDir(),
      stderrProgress(),
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

/** Progress on stderr: reading 25 million ratings and fitting on them take minutes. */
function stderrProgress(): TrainingProgress {
  const startedAt = Date.now();
  let lastReadAt = 0;
  const say = (done: string) =>
    process.stderr.write(`${((Date.now() - startedAt) / 1000).toFixed(1)} s: ${done}\n`);
  return {
    ratingsRead: (count) => {
      if (Date.now() - lastReadAt < READ_PROGRESS_INTERVAL_MS) return;
      lastReadAt = Date.now();
      say(`read ${count} ratings`);
    },
    stageDone: say,
  };
}

const READ_PROGRESS_INTERVAL_MS = 5_000;

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
