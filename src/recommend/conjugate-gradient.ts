import { dot } from './cholesky';

/**
 * Solves (A + λI)·x = b for a symmetric positive semi-definite n×n matrix A (row-major, both
 * triangles) by Jacobi-preconditioned conjugate gradients, starting from 0, for at most
 * `iterations` steps or until the residual falls below `tolerance`·|b|. Each step costs one n²
 * matrix–vector product, against Cholesky's n³/3 in all.
 */
export function solveShiftedCg(
  a: Float64Array,
  n: number,
  lambda: number,
  b: ArrayLike<number>,
  iterations: number,
  tolerance = 1e-6,
): Float64Array {
  if (a.length !== n * n || b.length !== n) {
    throw new RangeError(`Expected an ${n}×${n} matrix and ${n} right-hand sides`);
  }
  const x = new Float64Array(n);
  const r = Float64Array.from(b);
  const inverseDiagonal = Float64Array.from({ length: n }, (_, i) => 1 / (a[i * n + i] + lambda));
  const z = r.map((value, i) => value * inverseDiagonal[i]);
  const p = Float64Array.from(z);
  const ap = new Float64Array(n);
  let rz = dot(r, 0, z, 0, n);
  const stop = tolerance * tolerance * dot(r, 0, r, 0, n);
  for (let step = 0; step < iterations && dot(r, 0, r, 0, n) > stop; step++) {
    for (let i = 0; i < n; i++) {
      let sum = lambda * p[i];
      for (let j = 0, row = i * n; j < n; j++) sum += a[row + j] * p[j];
      ap[i] = sum;
    }
    const alpha = rz / dot(p, 0, ap, 0, n);
    for (let i = 0; i < n; i++) {
      x[i] += alpha * p[i];
      r[i] -= alpha * ap[i];
      z[i] = r[i] * inverseDiagonal[i];
    }
    const next = dot(r, 0, z, 0, n);
    const beta = next / rz;
    rz = next;
    for (let i = 0; i < n; i++) p[i] = z[i] + beta * p[i];
  }
  return x;
}
