import { learnBlendWeights } from './rating-blend';
import { mulberry32 } from './random';

describe('learnBlendWeights', () => {
  it('recovers exact linear weights without a penalty', () => {
    const random = mulberry32(1);
    const a = Float64Array.from({ length: 50 }, () => 1 + 4 * random());
    const b = Float64Array.from({ length: 50 }, () => 1 + 4 * random());
    const targets = a.map((x, n) => 0.5 + 0.3 * x + 0.6 * b[n]);
    const weights = learnBlendWeights([a, b], targets, 0);
    expect(weights[0]).toBeCloseTo(0.5, 9);
    expect(weights[1]).toBeCloseTo(0.3, 9);
    expect(weights[2]).toBeCloseTo(0.6, 9);
  });
});
