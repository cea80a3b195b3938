/**
 * Dense symmetric positive-definite algebra on row-major Float64Array matrices: Cholesky
 * factorisation, solves and the full inverse.
 *
 * Every O(n³) step is phrased as one kernel, C -= A·Bᵀ on row panels (so the inner loop walks two
 * contiguous rows), run tile by tile with a 3×4 register block; the tiles keep the working set in
 * cache. Only the lower triangle of an input matrix is read.
 */

export class NotPositiveDefiniteError extends Error {
  constructor(readonly pivot: number) {
    super(`Matrix is not positive definite (pivot ${pivot})`);
    this.name = 'NotPositiveDefiniteError';
  }
}

/** Tile edge for the blocked algorithms; a multiple of both register-block sizes (3 and 4). */
const BLOCK = 48;
/** Inner-dimension chunk, so a tile's A and B panels stay in L2 together. */
const DEPTH = 256;

/** In place: the lower triangle of `a` (n×n) becomes L with A = L·Lᵀ. The upper triangle is left as garbage. */
export function choleskyInPlace(a: Float64Array, n: number): void {
  checkSquare(a, n);
  for (let i0 = 0; i0 < n; i0 += BLOCK) {
    const ib = Math.min(BLOCK, n - i0);
    for (let j0 = 0; j0 <= i0; j0 += BLOCK) {
      const jb = Math.min(BLOCK, n - j0);
      const tile = i0 * n + j0;
      subtractProductNT(a, tile, n, a, i0 * n, n, a, j0 * n, n, ib, jb, j0);
      if (j0 < i0) solveLowerTransposedRight(a, tile, n, a, j0 * n + j0, n, ib, jb);
      else factorDiagonalTile(a, tile, n, ib, i0);
    }
  }
}

/**
 * Inverse of a symmetric positive-definite matrix given by its lower triangle. Returns a new full
 * symmetric matrix unless `overwrite`, in which case `a` itself is reused for the result (one n×n
 * buffer fewer).
 */
export function invertSpd(a: Float64Array, n: number, overwrite = false): Float64Array {
  const work = overwrite ? a : Float64Array.from(a);
  choleskyInPlace(work, n);

  // Z = L⁻ᵀ (upper triangular) from Z·Lᵀ = I, one block row at a time.
  const z = new Float64Array(n * n);
  for (let i0 = 0; i0 < n; i0 += BLOCK) {
    const ib = Math.min(BLOCK, n - i0);
    for (let r = 0; r < ib; r++) z[(i0 + r) * n + i0 + r] = 1;
    for (let j0 = i0; j0 < n; j0 += BLOCK) {
      const jb = Math.min(BLOCK, n - j0);
      const tile = i0 * n + j0;
      subtractProductNT(z, tile, n, z, i0 * n + i0, n, work, j0 * n + i0, n, ib, jb, j0 - i0);
      solveLowerTransposedRight(z, tile, n, work, j0 * n + j0, n, ib, jb);
    }
  }

  // A⁻¹ = Z·Zᵀ; lower tiles only (row block I only has Z entries from column i0 on), then mirror.
  for (let i0 = 0; i0 < n; i0 += BLOCK) {
    const ib = Math.min(BLOCK, n - i0);
    for (let j0 = 0; j0 <= i0; j0 += BLOCK) {
      const jb = Math.min(BLOCK, n - j0);
      const tile = i0 * n + j0;
      for (let r = 0; r < ib; r++) work.fill(0, tile + r * n, tile + r * n + jb);
      subtractProductNT(work, tile, n, z, i0 * n + i0, n, z, j0 * n + i0, n, ib, jb, n - i0);
      for (let r = 0; r < ib; r++) {
        for (let c = tile + r * n, end = c + jb; c < end; c++) work[c] = -work[c];
      }
    }
  }
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < i; j++) work[j * n + i] = work[i * n + j];
  }
  return work;
}

/** Solves A·x = b for SPD A (lower triangle read, `a` left untouched). */
export function solveSpd(a: Float64Array, n: number, b: Float64Array): Float64Array {
  const l = Float64Array.from(a);
  choleskyInPlace(l, n);
  return solveWithCholesky(l, n, b);
}

/** Solves L·Lᵀ·x = b given the factor from choleskyInPlace. */
export function solveWithCholesky(l: Float64Array, n: number, b: Float64Array): Float64Array {
  if (b.length !== n) throw new RangeError(`Right-hand side has length ${b.length}, expected ${n}`);
  const x = Float64Array.from(b);
  for (let i = 0; i < n; i++) {
    let s = x[i];
    for (let t = 0, row = i * n; t < i; t++) s -= l[row + t] * x[t];
    x[i] = s / l[i * n + i];
  }
  for (let i = n - 1; i >= 0; i--) {
    let s = x[i];
    for (let t = i + 1; t < n; t++) s -= l[t * n + i] * x[t];
    x[i] = s / l[i * n + i];
  }
  return x;
}

function checkSquare(a: Float64Array, n: number): void {
  if (!Number.isInteger(n) || n < 0 || a.length !== n * n) {
    throw new RangeError(`Expected an ${n}×${n} matrix, got ${a.length} values`);
  }
}

/** Unblocked Cholesky of the size×size tile at `offset` (its left panels already subtracted). */
function factorDiagonalTile(
  a: Float64Array,
  offset: number,
  ld: number,
  size: number,
  firstPivot: number,
): void {
  for (let r = 0; r < size; r++) {
    const row = offset + r * ld;
    for (let c = 0; c <= r; c++) {
      const other = offset + c * ld;
      let s = a[row + c];
      for (let t = 0; t < c; t++) s -= a[row + t] * a[other + t];
      if (c < r) {
        a[row + c] = s / a[other + c];
      } else {
        if (!(s > 0)) throw new NotPositiveDefiniteError(firstPivot + r);
        a[row + r] = Math.sqrt(s);
      }
    }
  }
}

/** C := C·L⁻ᵀ for an rows×size tile C and the size×size lower-triangular tile L. */
function solveLowerTransposedRight(
  c: Float64Array,
  cOffset: number,
  ldc: number,
  l: Float64Array,
  lOffset: number,
  ldl: number,
  rows: number,
  size: number,
): void {
  for (let r = 0; r < rows; r++) {
    const row = cOffset + r * ldc;
    for (let col = 0; col < size; col++) {
      const lRow = lOffset + col * ldl;
      let s = c[row + col];
      for (let t = 0; t < col; t++) s -= c[row + t] * l[lRow + t];
      c[row + col] = s / l[lRow + col];
    }
  }
}

/** C[m×p] -= A[m×k]·B[p×k]ᵀ, all row-major with leading dimensions lda, ldb, ldc. */
export function subtractProductNT(
  c: Float64Array,
  cOffset: number,
  ldc: number,
  a: Float64Array,
  aOffset: number,
  lda: number,
  b: Float64Array,
  bOffset: number,
  ldb: number,
  m: number,
  p: number,
  k: number,
): void {
  for (let k0 = 0; k0 < k; k0 += DEPTH) {
    const depth = Math.min(DEPTH, k - k0);
    const mMain = m - (m % 3);
    const pMain = p - (p % 4);
    for (let i = 0; i < mMain; i += 3) {
      const a0 = aOffset + i * lda + k0;
      const a1 = a0 + lda;
      const a2 = a1 + lda;
      const c0 = cOffset + i * ldc;
      for (let j = 0; j < pMain; j += 4) {
        const b0 = bOffset + j * ldb + k0;
        const b1 = b0 + ldb;
        const b2 = b1 + ldb;
        const b3 = b2 + ldb;
        // prettier-ignore
        let s00 = 0, s01 = 0, s02 = 0, s03 = 0,
          s10 = 0, s11 = 0, s12 = 0, s13 = 0,
          s20 = 0, s21 = 0, s22 = 0, s23 = 0;
        // prettier-ignore
        for (let t = 0; t < depth; t++) {
          const y0 = b[b0 + t], y1 = b[b1 + t], y2 = b[b2 + t], y3 = b[b3 + t];
          let x = a[a0 + t];
          s00 += x * y0; s01 += x * y1; s02 += x * y2; s03 += x * y3;
          x = a[a1 + t];
          s10 += x * y0; s11 += x * y1; s12 += x * y2; s13 += x * y3;
          x = a[a2 + t];
          s20 += x * y0; s21 += x * y1; s22 += x * y2; s23 += x * y3;
        }
        // prettier-ignore
        {
          let out = c0 + j;
          c[out] -= s00; c[out + 1] -= s01; c[out + 2] -= s02; c[out + 3] -= s03;
          out += ldc;
          c[out] -= s10; c[out + 1] -= s11; c[out + 2] -= s12; c[out + 3] -= s13;
          out += ldc;
          c[out] -= s20; c[out + 1] -= s21; c[out + 2] -= s22; c[out + 3] -= s23;
        }
      }
      for (let j = pMain; j < p; j++) {
        for (let r = 0; r < 3; r++) {
          c[c0 + r * ldc + j] -= dot(a, a0 + r * lda, b, bOffset + j * ldb + k0, depth);
        }
      }
    }
    for (let i = mMain; i < m; i++) {
      for (let j = 0; j < p; j++) {
        c[cOffset + i * ldc + j] -= dot(
          a,
          aOffset + i * lda + k0,
          b,
          bOffset + j * ldb + k0,
          depth,
        );
      }
    }
  }
}

/** Σ a[aOffset + t]·b[bOffset + t] for t < n, summed in order: the one dot product of the maths. */
export function dot(
  a: Float64Array,
  aOffset: number,
  b: Float64Array,
  bOffset: number,
  n: number,
): number {
  let s = 0;
  for (let t = 0; t < n; t++) s += a[aOffset + t] * b[bOffset + t];
  return s;
}
