import { standardise } from './standardise';

describe('standardise', () => {
  it('centres and scales finite values', () => {
    const z = standardise([1, 2, 3]);
    [-Math.sqrt(1.5), 0, Math.sqrt(1.5)].forEach((expected, i) =>
      expect(z[i]).toBeCloseTo(expected, 12),
    );
  });

  it('gives unscorable items the lowest z', () => {
    const z = standardise([1, -Infinity, 3]);
    expect(z[1]).toBe(z[0]);
    expect(z[0]).toBeLessThan(z[2]);
  });

  it('gives 0 to a constant component', () => {
    expect(Array.from(standardise([2, 2, NaN]))).toEqual([0, 0, 0]);
  });
});
