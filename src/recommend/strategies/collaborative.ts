import { NO_TERMS, type TermWeights } from '../scoring/scorer-config';

/**
 * COLLABORATIVE: what other people's ratings say: learned item–item weights, similar users and
 * the taste profile of the implicit factor model.
 */
export const collaborativeTerms = ({
  itemItem,
  similarUsers,
  taste,
}: TermWeights): TermWeights => ({
  ...NO_TERMS,
  itemItem,
  similarUsers,
  taste,
});
