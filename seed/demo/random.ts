import { mulberry32, type Random } from '../../src/recommend/random';

export { mulberry32, type Random };

/** FNV-1a: a stable 32-bit hash, to derive seeds and per-film numbers from strings. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A number in [0, 1) that depends only on the text. */
export function unitHash(text: string): number {
  return hashString(text) / 4294967296;
}

export function randomInt(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

export function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

/** A shuffled copy (Fisher–Yates). */
export function shuffle<T>(random: Random, items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

/** Standard normal deviate (Box–Muller). */
export function gaussian(random: Random): number {
  const u = 1 - random(); // (0, 1], so the log is finite
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/**
 * Indices of `count` distinct items drawn with probability proportional to their weights
 * (Efraimidis–Spirakis: the largest keys u^(1/w) win). Weights must be positive.
 */
export function weightedSample(
  random: Random,
  weights: readonly number[],
  count: number,
): number[] {
  return weights
    .map((weight, index) => ({ index, key: Math.pow(random(), 1 / weight) }))
    .sort((a, b) => b.key - a.key)
    .slice(0, count)
    .map(({ index }) => index);
}
