import { parentPort } from 'node:worker_threads';
import {
  findCandidates,
  solveRegressions,
  type SparseFitArrays,
  type SparseFitSettings,
} from './sparse-fit';

export type SparseFitRequest =
  | { phase: 'candidates'; arrays: SparseFitArrays; settings: SparseFitSettings }
  | { phase: 'regressions' };

/** A helper thread of SparseItemModel.fitInParallel: it works on the shared arrays in both phases. */
let job: { arrays: SparseFitArrays; settings: SparseFitSettings } | undefined;
parentPort?.on('message', (request: SparseFitRequest) => {
  if (request.phase === 'candidates') {
    job = { arrays: request.arrays, settings: request.settings };
    findCandidates(job.arrays, job.settings);
  } else if (job !== undefined) {
    solveRegressions(job.arrays, job.settings);
  }
  parentPort?.postMessage(request.phase);
});
