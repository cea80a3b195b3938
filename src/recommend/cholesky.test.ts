import { choleskyInPlace, invertSpd, NotPositiveDefiniteError, solveSpd } from './cholesky';
import { mulberry32 } from './random';

/** A random SPD matrix M·Mᵀ + n·I with garbage in the upper triangle (only the lower is read). */
function randomSpd(n: number, seed: number): { lower: Float64Array; full: Float64Array } {
  const random = mulberry32(seed);
  const m = Float64Array.from({ length: n * n }, () => random() - 0.5);
  const full = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      let s = i === j ? n : 0;
      for (let t = 0; t < n; t++) s += m[i * n + t] * m[j * n + t];
      full[i * n + j] = s;
    }
  }
  const lower = Float64Array.from(full);
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) lower[i * n + j] = 1e6;
  return { lower, full };
}

function maxDeviationFromIdentity(a: Float64Array, b: Float64Array, n: number): number {
  let worst = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let t = 0; t < n; t++) s += a[i * n + t] * b[t * n + j];
      worst = Math.max(worst, Math.abs(s - (i === j ? 1 : 0)));
    }
  }
  return worst;
}

describe('Cholesky', () => {
  // Sizes around the 48-wide tiles and the 3×4 register blocks.
  it.each([1, 2, 5, 47, 48, 49, 100, 145])('inverts a %i×%i SPD matrix: A·A⁻¹ ≈ I', (n) => {
    const { lower, full } = randomSpd(n, n);
    const inverse = invertSpd(lower, n);
    expect(maxDeviationFromIdentity(full, inverse, n)).toBeLessThan(1e-10);
    // Symmetric result, input untouched.
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < i; j++) expect(inverse[i * n + j]).toBe(inverse[j * n + i]);
    }
    expect(lower[n - 1]).toBe(n === 1 ? full[0] : 1e6);
  });

  it('can invert in place', () => {
    const { lower, full } = randomSpd(60, 3);
    const inverse = invertSpd(lower, 60, true);
    expect(inverse).toBe(lower);
    expect(maxDeviationFromIdentity(full, inverse, 60)).toBeLessThan(1e-10);
  });

  it('factors A = L·Lᵀ', () => {
    const n = 53;
    const { lower, full } = randomSpd(n, 9);
    choleskyInPlace(lower, n);
    for (let i = 0; i < n; i++) {
      for (let j = 0; j <= i; j++) {
        let s = 0;
        for (let t = 0; t <= j; t++) s += lower[i * n + t] * lower[j * n + t];
        expect(s).toBeCloseTo(full[i * n + j], 9);
      }
    }
  });

  it('solves A·x = b', () => {
    const n = 30;
    const { lower, full } = randomSpd(n, 4);
    const b = Float64Array.from({ length: n }, (_, i) => i - 10);
    const x = solveSpd(lower, n, b);
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let t = 0; t < n; t++) s += full[i * n + t] * x[t];
      expect(s).toBeCloseTo(b[i], 9);
    }
  });

  it('rejects matrices that are not positive definite or not n×n', () => {
    expect(() => invertSpd(Float64Array.of(1, 2, 2, 1), 2)).toThrow(NotPositiveDefiniteError);
    expect(() => invertSpd(Float64Array.of(1, 0, 0), 2)).toThrow(RangeError);
  });
});
