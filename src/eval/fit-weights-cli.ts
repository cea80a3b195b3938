import { parseArgs } from 'node:util';
import { RECOMMENDER_DEFAULTS } from '../recommend/config';
import { RatingDataset } from '../recommend/dataset';
import { ImplicitFactorModel } from '../recommend/implicit-factors';
import { SparseItemModel } from '../recommend/item-item/sparse-item-model';
import { FitObjective, fitTermWeights } from '../recommend/scoring/fit-term-weights';
import { SCORER_DEFAULTS } from '../recommend/scoring/scorer-config';
import { perUserSplit } from '../recommend/splits';
import { catalogueOrder } from '../recommend/trained-models';
import { loadEvalDataset } from './eval-dataset';
import { TOP_N_TEST_FRACTION } from './protocols';

/** Issue 8's floor for specificity@10, with a margin for the test split. */
const DEFAULT_MIN_SPECIFICITY = 0.85;
const OBJECTIVES: readonly FitObjective[] = ['ndcg', 'ndcg+precision'];

/**
 * `npm run fit:weights -- <movielens-folder> [--metadata movie_metadata.csv]`: fits the scorer's
 * term weights for NDCG@10 (`--objective ndcg+precision`: its mean with P@10) on a validation
 * split carved from the top-N protocol's training side (the test side is never read) and prints
 * them for `src/recommend/scoring/scorer-config.ts`.
 */
async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      metadata: { type: 'string' },
      seed: { type: 'string' },
      'min-specificity': { type: 'string' },
      objective: { type: 'string', default: 'ndcg' },
    },
  });
  const objective = values.objective as FitObjective;
  if (positionals.length !== 1 || !OBJECTIVES.includes(objective)) {
    console.error(
      'Usage: npm run fit:weights -- <movielens-folder> [--metadata movie_metadata.csv] [--min-specificity 0.85] [--objective ndcg|ndcg+precision]',
    );
    process.exitCode = 2;
    return;
  }
  const seed = Number(values.seed ?? RECOMMENDER_DEFAULTS.seed);
  const minSpecificity = Number(values['min-specificity'] ?? DEFAULT_MIN_SPECIFICITY);
  const dataset = await loadEvalDataset(positionals[0], values.metadata);
  const { train } = perUserSplit(dataset.ratings, TOP_N_TEST_FRACTION, seed);
  const { train: inner, test: validation } = perUserSplit(train, TOP_N_TEST_FRACTION, seed + 1);
  const data = RatingDataset.fromRatings(inner);
  const itemItem = await SparseItemModel.fitInParallel(data, RECOMMENDER_DEFAULTS.itemItem);
  const taste = ImplicitFactorModel.fit(data, RECOMMENDER_DEFAULTS.tasteProfile);
  const models = { data, itemItem, taste, catalogue: catalogueOrder(data, dataset.movies) };
  const fitted = fitTermWeights(models, validation, SCORER_DEFAULTS, {
    minSpecificity,
    objective,
  });
  console.log(
    `validation ${objective}@10: ${fitted.startScore.toFixed(4)} with the current defaults, ${fitted.score.toFixed(4)} fitted`,
  );
  console.log(
    `validation specificity@10: ${fitted.startSpecificity.toFixed(4)} with the current defaults, ${fitted.specificity.toFixed(4)} fitted (at least ${minSpecificity})`,
  );
  console.log(JSON.stringify(fitted.weights, null, 2));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
