/**
 * z-scores over the finite entries, so components on different scales can be added. Non-finite
 * entries (items a model cannot score) get the lowest z; a constant component gets 0 everywhere.
 */
export function standardise(values: ArrayLike<number>): Float64Array {
  let count = 0;
  let sum = 0;
  let sumSquares = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (!Number.isFinite(value)) continue;
    count++;
    sum += value;
    sumSquares += value * value;
  }
  const result = new Float64Array(values.length);
  if (count === 0) return result;
  const mean = sum / count;
  const deviation = Math.sqrt(Math.max(0, sumSquares / count - mean * mean));
  if (deviation < 1e-12) return result;
  let lowest = Infinity;
  for (let i = 0; i < values.length; i++) {
    if (!Number.isFinite(values[i])) continue;
    result[i] = (values[i] - mean) / deviation;
    lowest = Math.min(lowest, result[i]);
  }
  for (let i = 0; i < values.length; i++) if (!Number.isFinite(values[i])) result[i] = lowest;
  return result;
}
