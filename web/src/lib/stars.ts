/** 0.5, 1, … 5: the ratings the API takes. */
export const STAR_STEPS = Array.from({ length: 10 }, (_, n) => (n + 1) / 2);

/** "3½ stars", "1 star", "½ star": what a screen reader says for a rating. */
export function starsLabel(value: number): string {
  const whole = Math.floor(value);
  const half = value % 1 !== 0 ? '½' : '';
  const amount = `${whole === 0 ? '' : whole}${half}`;
  return `${amount} ${value <= 1 ? 'star' : 'stars'}`;
}
