import type { SparseRows } from '../dataset';
import { mulberry32 } from '../random';

/**
 * Each user's row of the ratings, cut to at most `cap` entries drawn at random (seeded) for users
 * who rated more: what the co-occurrence walks go over, so their work is at most ratings × cap
 * instead of Σ_u n_u², which one heavy rater (thousands of ratings) would dominate. A sampled
 * row's pairs weigh n_u / cap, so co-occurrence counts stay unbiased estimates.
 */
export interface SampledRows {
  readonly pointers: Int32Array;
  /** Positions in the full rows' `columns` / `values`, ascending within each row. */
  readonly positions: Int32Array;
  /** 1 for a whole row, n_u / cap for a sampled one. */
  readonly scale: Float32Array;
}

export function sampleRows(rows: SparseRows, cap: number, seed: number): SampledRows {
  const nRows = rows.pointers.length - 1;
  const pointers = new Int32Array(nRows + 1);
  for (let r = 0; r < nRows; r++)
    pointers[r + 1] = pointers[r] + Math.min(cap, rows.pointers[r + 1] - rows.pointers[r]);
  const positions = new Int32Array(pointers[nRows]);
  const scale = new Float32Array(nRows).fill(1);
  const random = mulberry32(seed);
  let pool = new Int32Array(0);
  for (let r = 0; r < nRows; r++) {
    const start = rows.pointers[r];
    const length = rows.pointers[r + 1] - start;
    const out = positions.subarray(pointers[r], pointers[r + 1]);
    if (length <= cap) {
      for (let n = 0; n < length; n++) out[n] = start + n;
      continue;
    }
    if (pool.length < length) pool = new Int32Array(length);
    for (let n = 0; n < length; n++) pool[n] = start + n;
    // The first `cap` steps of a Fisher–Yates shuffle draw `cap` positions without replacement.
    for (let n = 0; n < cap; n++) {
      const pick = n + Math.floor(random() * (length - n));
      [pool[n], pool[pick]] = [pool[pick], pool[n]];
    }
    out.set(pool.subarray(0, cap));
    out.sort();
    scale[r] = length / cap;
  }
  return { pointers, positions, scale };
}
