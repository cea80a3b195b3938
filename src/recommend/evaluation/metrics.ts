/**
 * Pure evaluation metrics. Ranking metrics take one user's ranked list (best first, as given: ties
 * were already broken by whoever ranked) and the set of that user's relevant items, generic in the
 * item key so relevant items unknown to the model (never in training) still count in |relevant|.
 * A user with no relevant items scores 0 on recall, NDCG and the MAPs; callers normally skip them.
 */

export function rmse(predicted: ArrayLike<number>, actual: ArrayLike<number>): number {
  checkLengths(predicted, actual);
  let sum = 0;
  for (let n = 0; n < predicted.length; n++) sum += (predicted[n] - actual[n]) ** 2;
  return predicted.length === 0 ? NaN : Math.sqrt(sum / predicted.length);
}

export function mae(predicted: ArrayLike<number>, actual: ArrayLike<number>): number {
  checkLengths(predicted, actual);
  let sum = 0;
  for (let n = 0; n < predicted.length; n++) sum += Math.abs(predicted[n] - actual[n]);
  return predicted.length === 0 ? NaN : sum / predicted.length;
}

/** Hits in the top k divided by k (a list shorter than k is not given credit for the gap). */
export function precisionAtK<T>(ranked: ArrayLike<T>, relevant: ReadonlySet<T>, k: number): number {
  return hitsAtK(ranked, relevant, k) / k;
}

export function recallAtK<T>(ranked: ArrayLike<T>, relevant: ReadonlySet<T>, k: number): number {
  return relevant.size === 0 ? 0 : hitsAtK(ranked, relevant, k) / relevant.size;
}

/** Binary gains, log2 discount; the ideal DCG puts min(k, |relevant|) hits first. */
export function ndcgAtK<T>(ranked: ArrayLike<T>, relevant: ReadonlySet<T>, k: number): number {
  let dcg = 0;
  const depth = Math.min(k, ranked.length);
  for (let position = 0; position < depth; position++) {
    if (relevant.has(ranked[position])) dcg += 1 / Math.log2(position + 2);
  }
  let ideal = 0;
  for (let position = 0; position < Math.min(k, relevant.size); position++) {
    ideal += 1 / Math.log2(position + 2);
  }
  return ideal === 0 ? 0 : dcg / ideal;
}

/** Average precision at k, normalised by min(k, |relevant|). */
export function mapAtK<T>(ranked: ArrayLike<T>, relevant: ReadonlySet<T>, k: number): number {
  const denominator = Math.min(k, relevant.size);
  return denominator === 0 ? 0 : sumPrecisionAtHits(ranked, relevant, k) / denominator;
}

/**
 * Microsoft Recommenders' MAP: the sum of precision at each relevant hit within the top k, divided
 * by |relevant| (so a user with more than k relevant items cannot reach 1).
 */
export function map<T>(ranked: ArrayLike<T>, relevant: ReadonlySet<T>, k: number): number {
  return relevant.size === 0 ? 0 : sumPrecisionAtHits(ranked, relevant, k) / relevant.size;
}

/** Share of the catalogue that appears in at least one list. */
export function catalogueCoverage(
  lists: readonly ArrayLike<number>[],
  catalogueSize: number,
): number {
  if (catalogueSize === 0) return 0;
  const seen = new Set<number>();
  for (const list of lists) for (let n = 0; n < list.length; n++) seen.add(list[n]);
  return seen.size / catalogueSize;
}

/**
 * 1-based popularity rank of every item (1 = most interactions); ties go to the lower index so the
 * ranks are deterministic.
 */
export function popularityRanks(counts: ArrayLike<number>): Int32Array {
  const order = Array.from({ length: counts.length }, (_, i) => i);
  order.sort((a, b) => counts[b] - counts[a] || a - b);
  const ranks = new Int32Array(counts.length);
  order.forEach((item, position) => (ranks[item] = position + 1));
  return ranks;
}

/** Mean popularity rank over every recommended item of every list (lower = more mainstream). */
export function meanPopularityRank(
  lists: readonly ArrayLike<number>[],
  ranks: ArrayLike<number>,
): number {
  let sum = 0;
  let count = 0;
  for (const list of lists) {
    for (let n = 0; n < list.length; n++) {
      sum += ranks[list[n]];
      count++;
    }
  }
  return count === 0 ? NaN : sum / count;
}

function hitsAtK<T>(ranked: ArrayLike<T>, relevant: ReadonlySet<T>, k: number): number {
  let hits = 0;
  const depth = Math.min(k, ranked.length);
  for (let position = 0; position < depth; position++) if (relevant.has(ranked[position])) hits++;
  return hits;
}

function sumPrecisionAtHits<T>(ranked: ArrayLike<T>, relevant: ReadonlySet<T>, k: number): number {
  let hits = 0;
  let sum = 0;
  const depth = Math.min(k, ranked.length);
  for (let position = 0; position < depth; position++) {
    if (relevant.has(ranked[position])) {
      hits++;
      sum += hits / (position + 1);
    }
  }
  return sum;
}

function checkLengths(a: ArrayLike<number>, b: ArrayLike<number>): void {
  if (a.length !== b.length) throw new RangeError(`Length mismatch: ${a.length} vs ${b.length}`);
}
