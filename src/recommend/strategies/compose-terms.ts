import { NO_TERMS, type TermWeights } from '../scoring/scorer-config';

/** Term weights added up kind by kind: a composition of strategies is the sum of their terms. */
export function composeTerms(...parts: readonly TermWeights[]): TermWeights {
  const sum = { ...NO_TERMS };
  for (const part of parts) {
    for (const kind of Object.keys(sum) as (keyof TermWeights)[]) sum[kind] += part[kind];
  }
  return sum;
}
