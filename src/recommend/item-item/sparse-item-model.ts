import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { Worker } from 'node:worker_threads';
import type { RatingDataset } from '../dataset';
import type { ItemScorer, ItemScores } from '../model';
import { spawnWorker } from '../spawn-worker';
import { findCandidates, solveRegressions, type SparseFitArrays } from './sparse-fit';
import type { SparseFitRequest } from './sparse-fit-worker';
import { sampleRows } from './sampled-rows';

export interface SparseItemOptions {
  /** K: the learned sources of each movie, its most co-occurring movies. */
  readonly neighbours: number;
  /** Co-occurring movies remembered per movie to fill the Gram matrix of a support (≥ K). */
  readonly candidates: number;
  /** L2 penalty λ of each movie's regression. */
  readonly lambda: number;
  /** EDLAE's dropout p: sources are also penalised by p/(1 − p) times their interaction count. */
  readonly dropout: number;
  /** Each user's row weighs n_u^−β, so heavy raters dominate the co-occurrences less. */
  readonly userWeightExponent: number;
  /** Movies with fewer ratings are neither sources nor targets. */
  readonly minItemSupport: number;
  /**
   * A user who rated more movies adds a seeded sample of this many to the co-occurrence counts
   * (weighted up to stay unbiased), which bounds the walk by ratings × cap.
   */
  readonly coOccurrenceCap: number;
  /** 0: exact Cholesky solves; otherwise this many conjugate-gradient steps per movie. */
  readonly cgIterations: number;
  /** Threads for fitInParallel (this one included). */
  readonly threads: number;
}

/** A learned weight w(source → target), or a source's outgoing weights. */
export interface ItemWeight {
  readonly itemIndex: number;
  readonly weight: number;
}

/** A rated movie as the scorer reads it: its dataset index and f(rating). */
export interface WeightedSource {
  readonly itemIndex: number;
  readonly value: number;
}

/** The fitted weights by source: row j holds w(j → i) for its targets i, ascending. */
export interface SparseItemState {
  readonly options: SparseItemOptions;
  readonly pointers: Int32Array;
  readonly targets: Int32Array;
  readonly weights: Float32Array;
}

/**
 * Sparse item–item weights learned for ranking: for each movie, a ridge regression of its column
 * of the (user-weighted, binary) interaction matrix on its K most co-occurring movies only, which
 * is EASE restricted to that support. Time grows with ratings × coOccurrenceCap (the
 * co-occurrence walk) plus movies·K² per conjugate-gradient step; memory with ratings plus
 * movies·(K + candidates), never movies².
 */
export class SparseItemModel implements ItemScorer {
  /** The fitted rows turned round, built on first use (see sourcesOf). */
  private incoming: { starts: Int32Array; sources: Int32Array } | undefined;

  private constructor(
    readonly data: RatingDataset,
    private readonly fitted: SparseItemState,
  ) {}

  /** On this thread only. */
  static fit(data: RatingDataset, options: SparseItemOptions): SparseItemModel {
    const arrays = fitArrays(data, options, false);
    const settings = fitSettings(options);
    findCandidates(arrays, settings);
    solveRegressions(arrays, settings);
    return new SparseItemModel(data, bySource(arrays, options));
  }

  /** The same fit, items shared out between `options.threads` threads claiming them in turn. */
  static async fitInParallel(
    data: RatingDataset,
    options: SparseItemOptions,
  ): Promise<SparseItemModel> {
    const helpers = Math.max(0, Math.min(options.threads, availableParallelism()) - 1);
    if (helpers === 0) return SparseItemModel.fit(data, options);
    const arrays = fitArrays(data, options, true);
    const settings = fitSettings(options);
    const workers = Array.from({ length: helpers }, () =>
      spawnWorker(path.join(__dirname, 'sparse-fit-worker')),
    );
    try {
      await inStep(workers, { phase: 'candidates', arrays, settings }, () =>
        findCandidates(arrays, settings),
      );
      await inStep(workers, { phase: 'regressions' }, () => solveRegressions(arrays, settings));
    } finally {
      await Promise.all(workers.map((worker) => worker.terminate()));
    }
    return new SparseItemModel(data, bySource(arrays, options));
  }

  static fromState(data: RatingDataset, state: SparseItemState): SparseItemModel {
    return new SparseItemModel(data, state);
  }

  state(): SparseItemState {
    return this.fitted;
  }

  get options(): SparseItemOptions {
    return this.fitted.options;
  }

  /** Number of learned weights. */
  get edgeCount(): number {
    return this.fitted.targets.length;
  }

  /** scores[i] += Σ_j value_j · w(j → i) over the given sources: one pass over their rows. */
  addScores(scores: Float64Array, sources: readonly WeightedSource[]): void {
    const { pointers, targets, weights } = this.fitted;
    for (const { itemIndex, value } of sources) {
      if (itemIndex < 0 || itemIndex >= this.data.nItems || value === 0) continue;
      for (let p = pointers[itemIndex]; p < pointers[itemIndex + 1]; p++) {
        scores[targets[p]] += value * weights[p];
      }
    }
  }

  /** w(source → target), 0 when target is not among the movies source predicts. */
  weight(source: number, target: number): number {
    const { pointers, targets, weights } = this.fitted;
    if (source < 0 || source >= this.data.nItems) return 0;
    let low = pointers[source];
    let high = pointers[source + 1] - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      if (targets[middle] === target) return weights[middle];
      if (targets[middle] < target) low = middle + 1;
      else high = middle - 1;
    }
    return 0;
  }

  /**
   * The movies with a learned weight into `target`, ascending: at most K, where asking every
   * rated movie for its weight costs a search per rated movie (thousands for a heavy rater).
   */
  sourcesOf(target: number): Int32Array {
    if (target < 0 || target >= this.data.nItems) return new Int32Array(0);
    const { starts, sources } = (this.incoming ??= this.turnRound());
    return sources.subarray(starts[target], starts[target + 1]);
  }

  /**
   * Which of a user's rated movies have a weight into `target`, as their positions in the user's
   * list, ascending (so sums over them keep the list's order). `positions` holds each dataset
   * movie's position in that list plus one, 0 for a movie not in it (see listPositions).
   */
  ratedSourcesOf(target: number, positions: Int32Array): number[] {
    const found: number[] = [];
    for (const source of this.sourcesOf(target)) {
      if (positions[source] > 0) found.push(positions[source] - 1);
    }
    return found.sort((a, b) => a - b);
  }

  private turnRound(): { starts: Int32Array; sources: Int32Array } {
    const { pointers, targets } = this.fitted;
    const starts = new Int32Array(this.data.nItems + 1);
    for (const target of targets) starts[target + 1]++;
    for (let target = 0; target < this.data.nItems; target++) starts[target + 1] += starts[target];
    const next = starts.slice(0, this.data.nItems);
    const sources = new Int32Array(targets.length);
    for (let source = 0; source < this.data.nItems; source++) {
      for (let p = pointers[source]; p < pointers[source + 1]; p++)
        sources[next[targets[p]]++] = source;
    }
    return { starts, sources };
  }

  /** The movies `source` predicts and how strongly, strongest first. */
  outgoing(source: number): ItemWeight[] {
    const { pointers, targets, weights } = this.fitted;
    if (source < 0 || source >= this.data.nItems) return [];
    const row: ItemWeight[] = [];
    for (let p = pointers[source]; p < pointers[source + 1]; p++) {
      row.push({ itemIndex: targets[p], weight: weights[p] });
    }
    return row.sort((a, b) => b.weight - a.weight || a.itemIndex - b.itemIndex);
  }

  /** Every positive learned weight as (source, target, weight), by source. */
  *positiveEdges(): Generator<{ source: number; target: number; weight: number }> {
    const { pointers, targets, weights } = this.fitted;
    for (let source = 0; source < this.data.nItems; source++) {
      for (let p = pointers[source]; p < pointers[source + 1]; p++) {
        if (weights[p] > 0) yield { source, target: targets[p], weight: weights[p] };
      }
    }
  }

  /** Plain EASE-style scores x_u·W for a training user (every rating counts 1). */
  scoreItems(userIndex: number): ItemScores {
    const scores = new Float64Array(this.data.nItems);
    if (!this.data.hasUser(userIndex) || this.data.userCount(userIndex) === 0) {
      return { scores, fallback: 'no-interactions' };
    }
    const sources = this.data
      .userRatings(userIndex)
      .map(({ itemIndex }) => ({ itemIndex, value: 1 }));
    this.addScores(scores, sources);
    return { scores, fallback: null };
  }
}

/**
 * Each dataset movie's position in `items` plus one (0: absent), for ratedSourcesOf; undefined
 * when a movie appears twice, since one position cannot stand for both.
 */
export function listPositions(items: ArrayLike<number>, nItems: number): Int32Array | undefined {
  const positions = new Int32Array(nItems);
  for (let n = 0; n < items.length; n++) {
    if (positions[items[n]] !== 0) return undefined;
    positions[items[n]] = n + 1;
  }
  return positions;
}

/** Fixed, so the sampled rows (and the model) are the same on every run. */
const SAMPLE_SEED = 7;

function fitSettings(options: SparseItemOptions) {
  return {
    neighbours: options.neighbours,
    candidates: Math.max(options.neighbours, options.candidates),
    lambda: options.lambda,
    dropout: options.dropout,
    cgIterations: options.cgIterations,
  };
}

/** The fit's working arrays; shared between threads when `shared`. */
function fitArrays(
  data: RatingDataset,
  options: SparseItemOptions,
  shared: boolean,
): SparseFitArrays {
  const make = <T extends Int32Array | Float32Array | Float64Array | Uint8Array>(
    Type: new (buffer: ArrayBuffer | SharedArrayBuffer) => T,
    bytesPerElement: number,
    length: number,
  ): T =>
    new Type(
      shared
        ? new SharedArrayBuffer(length * bytesPerElement)
        : new ArrayBuffer(length * bytesPerElement),
    );
  const copy = <T extends Int32Array>(source: T): Int32Array => {
    const target = make(Int32Array, 4, source.length);
    target.set(source);
    return target;
  };
  const { nItems, nUsers, byUser, byItem } = data;
  const { neighbours } = options;
  const candidates = Math.max(neighbours, options.candidates);
  const sampled = sampleRows(byUser, options.coOccurrenceCap, SAMPLE_SEED);
  const userItems = make(Int32Array, 4, sampled.positions.length);
  sampled.positions.forEach((position, n) => (userItems[n] = byUser.columns[position]));
  const userWeights = make(Float32Array, 4, nUsers);
  const pairWeights = make(Float32Array, 4, nUsers);
  for (let u = 0; u < nUsers; u++) {
    userWeights[u] = Math.pow(Math.max(1, data.userCount(u)), -options.userWeightExponent);
    pairWeights[u] = userWeights[u] * sampled.scale[u];
  }
  const eligible = make(Uint8Array, 1, nItems);
  for (let i = 0; i < nItems; i++)
    eligible[i] = data.itemCount(i) >= options.minItemSupport ? 1 : 0;
  return {
    nItems,
    userPointers: copy(sampled.pointers),
    userItems,
    itemPointers: copy(byItem.pointers),
    itemUsers: copy(byItem.columns),
    userWeights,
    pairWeights,
    eligible,
    diagonal: make(Float64Array, 8, nItems),
    candidateItems: make(Int32Array, 4, nItems * candidates),
    candidateCounts: make(Float32Array, 4, nItems * candidates),
    candidateLengths: make(Int32Array, 4, nItems),
    sourceItems: make(Int32Array, 4, nItems * neighbours),
    sourceWeights: make(Float32Array, 4, nItems * neighbours),
    sourceLengths: make(Int32Array, 4, nItems),
    claims: make(Int32Array, 4, 2),
  };
}

/** Starts one phase on every helper and on this thread, and waits until all have finished it. */
async function inStep(
  workers: Worker[],
  request: SparseFitRequest,
  here: () => void,
): Promise<void> {
  const done = workers.map(
    (worker) =>
      new Promise<void>((resolve, reject) => {
        const onError = (error: Error) => reject(error);
        worker.once('error', onError);
        worker.once('message', () => {
          worker.off('error', onError);
          resolve();
        });
      }),
  );
  for (const worker of workers) worker.postMessage(request);
  here();
  await Promise.all(done);
}

/** The per-target solutions turned around into rows by source, targets ascending. */
function bySource(arrays: SparseFitArrays, options: SparseItemOptions): SparseItemState {
  const { nItems, sourceItems, sourceWeights, sourceLengths } = arrays;
  const { neighbours } = options;
  const pointers = new Int32Array(nItems + 1);
  for (let i = 0; i < nItems; i++) {
    for (let p = i * neighbours; p < i * neighbours + sourceLengths[i]; p++)
      pointers[sourceItems[p] + 1]++;
  }
  for (let j = 0; j < nItems; j++) pointers[j + 1] += pointers[j];
  const next = pointers.slice(0, nItems);
  const targets = new Int32Array(pointers[nItems]);
  const weights = new Float32Array(pointers[nItems]);
  // Targets visited in ascending order, so each source's row comes out sorted.
  for (let i = 0; i < nItems; i++) {
    for (let p = i * neighbours; p < i * neighbours + sourceLengths[i]; p++) {
      const slot = next[sourceItems[p]]++;
      targets[slot] = i;
      weights[slot] = sourceWeights[p];
    }
  }
  return { options, pointers, targets, weights };
}
