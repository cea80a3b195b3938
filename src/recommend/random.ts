// Local aliases: global lookups are slow in vm sandboxes (jest) and these sit in hot loops.
const { imul, sqrt, log, cos, floor, PI } = Math;

/** A source of uniform numbers in [0, 1). */
export type Random = () => number;

/** mulberry32: a tiny, fast 32-bit seeded PRNG; good enough for shuffles and initialisation. */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = imul(t ^ (t >>> 15), t | 1);
    t ^= t + imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard normal draw (Box–Muller). */
export function gaussian(random: Random): number {
  const u = 1 - random(); // (0, 1], so the log is finite
  return sqrt(-2 * log(u)) * cos(2 * PI * random());
}

/** Fisher–Yates shuffle in place; works on arrays and typed arrays. */
export function shuffleInPlace<T>(
  values: { length: number; [index: number]: T },
  random: Random,
): void {
  for (let i = values.length - 1; i > 0; i--) {
    const j = floor(random() * (i + 1));
    const swap = values[i];
    values[i] = values[j];
    values[j] = swap;
  }
}

/** 0..n-1 in a seeded random order. */
export function permutation(n: number, random: Random): Int32Array {
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  shuffleInPlace(order, random);
  return order;
}
