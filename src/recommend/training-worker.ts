import { parentPort } from 'node:worker_threads';
import { RatingDataset, type DatasetState } from './dataset';
import type { FactorModelState } from './factor-model';
import { fitModel, type RecommenderDefaults } from './trained-models';

export interface TrainingWorkerRequest {
  data: DatasetState;
  defaults: RecommenderDefaults;
}

export interface TrainingWorkerResult {
  factor: FactorModelState;
}

/** trainModelsInParallel's worker: fits the factor model and moves its state back. */
parentPort?.once('message', ({ data, defaults }: TrainingWorkerRequest) => {
  const run = { data: RatingDataset.fromState(data), defaults };
  const result: TrainingWorkerResult = {
    factor: fitModel.factor(run).state(),
  };
  parentPort?.postMessage(result, arrayBuffersIn(result));
});

/** Every typed array's buffer, once each: moved to the main thread, not copied. */
function arrayBuffersIn(value: unknown, found = new Set<ArrayBuffer>()): ArrayBuffer[] {
  if (ArrayBuffer.isView(value)) found.add(value.buffer as ArrayBuffer);
  else if (typeof value === 'object' && value !== null) {
    for (const field of Object.values(value)) arrayBuffersIn(field, found);
  }
  return [...found];
}
