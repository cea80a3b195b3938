/** Percentiles of request times, by the nearest-rank method. */
export function percentile(millis: readonly number[], q: number): number {
  if (millis.length === 0) throw new RangeError('no timings to take a percentile of');
  const sorted = [...millis].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

/** Runs `request` once per input after `warmUp` untimed runs; the time of each in ms. */
export async function timeEach<T>(
  inputs: readonly T[],
  request: (input: T) => Promise<void>,
  warmUp = 20,
): Promise<number[]> {
  for (const input of inputs.slice(0, warmUp)) await request(input);
  const millis: number[] = [];
  for (const input of inputs) {
    const startedAt = process.hrtime.bigint();
    await request(input);
    millis.push(Number(process.hrtime.bigint() - startedAt) / 1e6);
  }
  return millis;
}
