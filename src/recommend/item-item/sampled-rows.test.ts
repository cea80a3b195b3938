import { sampleRows } from './sampled-rows';

describe('sampleRows', () => {
  // Row 0 has 2 entries, row 1 has 6, row 2 none.
  const rows = {
    pointers: Int32Array.from([0, 2, 8, 8]),
    columns: Int32Array.from([4, 9, 0, 1, 2, 3, 5, 7]),
    values: new Float64Array(8),
  };

  it('keeps rows within the cap whole, at weight 1', () => {
    const sampled = sampleRows(rows, 3, 1);
    expect([...sampled.positions.subarray(sampled.pointers[0], sampled.pointers[1])]).toEqual([
      0, 1,
    ]);
    expect(sampled.pointers[3] - sampled.pointers[2]).toBe(0);
    expect(sampled.scale[0]).toBe(1);
  });

  it('draws `cap` distinct positions of a longer row, ascending, weighted n / cap', () => {
    const sampled = sampleRows(rows, 3, 1);
    const kept = [...sampled.positions.subarray(sampled.pointers[1], sampled.pointers[2])];
    expect(kept).toHaveLength(3);
    expect(new Set(kept).size).toBe(3);
    expect(kept).toEqual([...kept].sort((a, b) => a - b));
    expect(kept.every((position) => position >= 2 && position < 8)).toBe(true);
    expect(sampled.scale[1]).toBeCloseTo(6 / 3);
  });

  it('draws the same sample for the same seed', () => {
    expect(sampleRows(rows, 3, 5)).toEqual(sampleRows(rows, 3, 5));
  });
});
