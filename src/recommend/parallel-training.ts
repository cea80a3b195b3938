import path from 'node:path';
import type { Worker } from 'node:worker_threads';
import { RECOMMENDER_DEFAULTS } from './config';
import { FactorModel } from './factor-model';
import { SparseItemModel } from './item-item/sparse-item-model';
import { spawnWorker } from './spawn-worker';
import {
  finishTraining,
  fitModel,
  startTraining,
  type TrainedModels,
  type TrainingInput,
  type RecommenderDefaults,
  type TrainingRun,
} from './trained-models';
import type { TrainingWorkerRequest, TrainingWorkerResult } from './training-worker';

/**
 * trainModels on two threads: a worker fits the factor model while this thread fits the sparse
 * item–item model, the baseline and then the taste model (the factor model's SGD takes longest, so
 * this thread would otherwise wait). Same seeds and code, so the same models bit for bit.
 */
export async function trainModelsInParallel(
  input: TrainingInput,
  defaults: RecommenderDefaults = RECOMMENDER_DEFAULTS,
  /** Called as each stage ends (for benchmarks and progress). */
  stageDone: (stage: string) => void = () => undefined,
): Promise<TrainedModels> {
  // Started first so that it loads its modules while this thread indexes the ratings.
  const worker = spawnWorker(path.join(__dirname, 'training-worker'));
  try {
    const run = startTraining(input, defaults);
    stageDone('indexed the ratings');
    const remote = fitInWorker(worker, run);
    remote.then(() => stageDone('factor model (worker thread)')).catch(() => undefined);
    const baseline = fitModel.baseline(run);
    stageDone('baseline');
    const itemItem = await SparseItemModel.fitInParallel(run.data, run.defaults.itemItem);
    stageDone('sparse item–item model');
    const taste = fitModel.taste(run);
    stageDone('taste model');
    const { factor } = await remote;
    return finishTraining(run, {
      baseline,
      factor: FactorModel.fromState(run.data, factor),
      itemItem,
      taste,
    });
  } finally {
    await worker.terminate();
  }
}

function fitInWorker(worker: Worker, run: TrainingRun): Promise<TrainingWorkerResult> {
  const result = new Promise<TrainingWorkerResult>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) =>
      reject(new Error(`The training worker exited (code ${code}) before sending its models`)),
    );
  });
  // If this thread's own fitting throws, nobody awaits `result`; its rejection (the worker being
  // terminated) must not become an unhandled one.
  result.catch(() => undefined);
  const request: TrainingWorkerRequest = { data: run.data.state(), defaults: run.defaults };
  worker.postMessage(request);
  return result;
}
