import { NO_TERMS, type TermWeights } from '../scoring/scorer-config';

/** COLLABORATIVE: what other people's ratings say: learned item–item weights and similar users. */
export const collaborativeTerms = ({ itemItem, similarUsers }: TermWeights): TermWeights => ({
  ...NO_TERMS,
  itemItem,
  similarUsers,
});
