import { choleskyInPlace, NotPositiveDefiniteError, solveWithCholesky } from '../cholesky';
import { solveShiftedCg } from '../conjugate-gradient';

/**
 * The binary user–item interactions and everything the sparse item–item fit shares between
 * threads. Backed by SharedArrayBuffers when fitted in parallel: each thread claims items with an
 * atomic counter and writes only the rows of the items it claimed.
 */
export interface SparseFitArrays {
  readonly nItems: number;
  /** CSR by user: the items each user rated, at most the co-occurrence cap of them (sampled). */
  readonly userPointers: Int32Array;
  readonly userItems: Int32Array;
  /** CSR by item: the users who rated each item. */
  readonly itemPointers: Int32Array;
  readonly itemUsers: Int32Array;
  /** n_u^−β: heavy raters weigh less in the Gram matrix. */
  readonly userWeights: Float32Array;
  /** n_u^−β times n_u / cap for a sampled row: what each of the user's pairs adds. */
  readonly pairWeights: Float32Array;
  /** 1 for items modelled (enough raters), 0 otherwise. */
  readonly eligible: Uint8Array;
  /** Weighted interaction count of each item: the Gram matrix's diagonal. */
  readonly diagonal: Float64Array;
  /** Per item, its `candidates` most co-occurring items (and the weighted counts), best first. */
  readonly candidateItems: Int32Array;
  readonly candidateCounts: Float32Array;
  readonly candidateLengths: Int32Array;
  /** Per target item, the `neighbours` sources of its regression and their weights. */
  readonly sourceItems: Int32Array;
  readonly sourceWeights: Float32Array;
  readonly sourceLengths: Int32Array;
  /** [next item to claim in phase 1, next in phase 2]. */
  readonly claims: Int32Array;
}

export interface SparseFitSettings {
  /** K: sources per target item (the support of its regression). */
  readonly neighbours: number;
  /** Co-occurring items remembered per item; the Gram entries among a support come from these. */
  readonly candidates: number;
  readonly lambda: number;
  /**
   * Dropout-style penalty (EDLAE): each source's weight is also penalised by p/(1 − p) times its
   * own Gram diagonal, so popular sources are shrunk more; 0 is plain ridge.
   */
  readonly dropout: number;
  /** 0: exact Cholesky solves; otherwise that many conjugate-gradient steps per movie. */
  readonly cgIterations: number;
}

/** Items claimed at a time: small enough to balance threads, large enough to keep atomics rare. */
const CLAIM = 16;

function* claimed(claims: Int32Array, slot: number, nItems: number): Generator<number> {
  for (;;) {
    const start = Atomics.add(claims, slot, CLAIM);
    if (start >= nItems) return;
    for (let i = start; i < Math.min(nItems, start + CLAIM); i++) yield i;
  }
}

/**
 * Phase 1, for every item this thread claims: the weighted co-occurrence with every other item
 * (a walk over the users who rated it and their sampled items: Σ_u n_u·min(n_u, cap) work in all,
 * no items² memory), keeping the `candidates` largest.
 */
export function findCandidates(arrays: SparseFitArrays, settings: SparseFitSettings): void {
  const { nItems, userPointers, userItems, itemPointers, itemUsers, userWeights, eligible } =
    arrays;
  const { pairWeights } = arrays;
  const counts = new Float64Array(nItems);
  const touched = new Int32Array(nItems);
  const heap = new CandidateHeap(settings.candidates);
  for (const i of claimed(arrays.claims, 0, nItems)) {
    let nTouched = 0;
    let diagonal = 0;
    for (let p = itemPointers[i]; p < itemPointers[i + 1]; p++) {
      const u = itemUsers[p];
      diagonal += userWeights[u];
      const weight = pairWeights[u];
      for (let q = userPointers[u]; q < userPointers[u + 1]; q++) {
        const j = userItems[q];
        if (counts[j] === 0) touched[nTouched++] = j;
        counts[j] += weight;
      }
    }
    arrays.diagonal[i] = diagonal;
    heap.clear();
    for (let t = 0; t < nTouched; t++) {
      const j = touched[t];
      if (j !== i && eligible[j] === 1) heap.offer(j, counts[j]);
      counts[j] = 0;
    }
    const offset = i * settings.candidates;
    arrays.candidateLengths[i] = heap.drainBestFirst(
      arrays.candidateItems.subarray(offset, offset + settings.candidates),
      arrays.candidateCounts.subarray(offset, offset + settings.candidates),
    );
  }
}

/**
 * Phase 2, for every eligible target item i this thread claims: the ridge regression of column i
 * of X on its K most co-occurring columns S (EASE restricted to that support),
 * (X_Sᵀ X_S + λI) w = X_Sᵀ x_i, solved by Cholesky: K³/3 per item. Gram entries between two
 * sources come from their candidate lists (exact whenever the lists are long enough).
 */
export function solveRegressions(arrays: SparseFitArrays, settings: SparseFitSettings): void {
  const { nItems, candidates, neighbours } = { ...settings, nItems: arrays.nItems };
  const position = new Int32Array(nItems).fill(-1);
  const gramBuffer = new Float64Array(neighbours * neighbours);
  for (const i of claimed(arrays.claims, 1, nItems)) {
    arrays.sourceLengths[i] = 0;
    if (arrays.eligible[i] === 0) continue;
    const n = Math.min(neighbours, arrays.candidateLengths[i]);
    if (n === 0) continue;
    const support = arrays.candidateItems.subarray(i * candidates, i * candidates + n);
    const rhs = Float64Array.from(
      arrays.candidateCounts.subarray(i * candidates, i * candidates + n),
    );
    support.forEach((j, p) => (position[j] = p));
    const gram = new Float64Array(gramBuffer.buffer, 0, n * n);
    fillGram(arrays, candidates, support, position, gram, 1 / (1 - settings.dropout));
    const weights =
      settings.cgIterations > 0
        ? solveShiftedCg(gram, n, settings.lambda, rhs, settings.cgIterations)
        : solveRidge(gram, n, rhs, settings.lambda);
    support.forEach((j) => (position[j] = -1));
    const offset = i * neighbours;
    arrays.sourceItems.set(support, offset);
    if (weights !== undefined) arrays.sourceWeights.set(weights, offset);
    arrays.sourceLengths[i] = weights === undefined ? 0 : n;
  }
}

/**
 * X_Sᵀ X_S among the support, both triangles (the larger of the two lists' counts): each row is
 * filled from its own candidate list, then the two triangles are evened out in one pass, so the
 * inner loop writes along a row instead of striding down columns.
 */
function fillGram(
  arrays: SparseFitArrays,
  candidates: number,
  support: Int32Array,
  position: Int32Array,
  gram: Float64Array,
  diagonalScale: number,
): void {
  const n = support.length;
  const { candidateItems, candidateCounts, candidateLengths } = arrays;
  gram.fill(0);
  for (let p = 0; p < n; p++) {
    const a = support[p];
    const row = p * n;
    const start = a * candidates;
    for (let c = start, end = start + candidateLengths[a]; c < end; c++) {
      const q = position[candidateItems[c]];
      if (q >= 0) gram[row + q] = candidateCounts[c];
    }
    gram[row + p] = diagonalScale * arrays.diagonal[a];
  }
  for (let p = 0; p < n; p++) {
    for (let q = p + 1; q < n; q++) {
      const upper = gram[p * n + q];
      const lower = gram[q * n + p];
      if (upper > lower) gram[q * n + p] = upper;
      else gram[p * n + q] = lower;
    }
  }
}

/**
 * (G + λI)⁻¹ b. Gram entries missing from the candidate lists can leave G slightly indefinite;
 * then λ grows tenfold, up to three times, before the item is left without sources.
 */
function solveRidge(
  gram: Float64Array,
  n: number,
  rhs: Float64Array,
  lambda: number,
): Float64Array | undefined {
  const work = new Float64Array(n * n);
  for (let attempt = 0, penalty = lambda; attempt < 4; attempt++, penalty *= 10) {
    work.set(gram);
    for (let p = 0; p < n; p++) work[p * n + p] += penalty;
    try {
      choleskyInPlace(work, n);
      return solveWithCholesky(work, n, rhs);
    } catch (error) {
      if (!(error instanceof NotPositiveDefiniteError)) throw error;
    }
  }
  return undefined;
}

/** Is (count a, item a) ranked below (count b, item b)? Larger counts first, lower items on ties. */
const below = (countA: number, itemA: number, countB: number, itemB: number): boolean =>
  countA < countB || (countA === countB && itemA > itemB);

/** A bounded min-heap of (item, count): keeps the largest counts offered. */
class CandidateHeap {
  private readonly items: Int32Array;
  private readonly counts: Float64Array;
  private size = 0;

  constructor(private readonly capacity: number) {
    this.items = new Int32Array(capacity);
    this.counts = new Float64Array(capacity);
  }

  clear(): void {
    this.size = 0;
  }

  offer(item: number, count: number): void {
    const { items, counts } = this;
    if (this.size < this.capacity) {
      let child = this.size++;
      while (child > 0) {
        const parent = (child - 1) >> 1;
        if (!below(count, item, counts[parent], items[parent])) break;
        items[child] = items[parent];
        counts[child] = counts[parent];
        child = parent;
      }
      items[child] = item;
      counts[child] = count;
    } else if (this.capacity > 0 && below(counts[0], items[0], count, item)) {
      items[0] = item;
      counts[0] = count;
      this.siftDown();
    }
  }

  /** Writes the kept entries, largest count first (lower index on ties), and empties the heap. */
  drainBestFirst(outItems: Int32Array, outCounts: Float32Array): number {
    const kept = this.size;
    for (let position = kept - 1; position >= 0; position--) {
      outItems[position] = this.items[0];
      outCounts[position] = this.counts[0];
      this.size--;
      this.items[0] = this.items[this.size];
      this.counts[0] = this.counts[this.size];
      this.siftDown();
    }
    return kept;
  }

  private siftDown(): void {
    const { items, counts } = this;
    let parent = 0;
    for (;;) {
      const left = 2 * parent + 1;
      if (left >= this.size) return;
      const right = left + 1;
      const child =
        right < this.size && below(counts[right], items[right], counts[left], items[left])
          ? right
          : left;
      if (!below(counts[child], items[child], counts[parent], items[parent])) return;
      [items[child], items[parent]] = [items[parent], items[child]];
      [counts[child], counts[parent]] = [counts[parent], counts[child]];
      parent = child;
    }
  }
}
