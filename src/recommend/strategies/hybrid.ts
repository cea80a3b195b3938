import { NO_TERMS, type TermWeights } from '../scoring/scorer-config';
import { collaborativeTerms } from './collaborative';
import { composeTerms } from './compose-terms';
import { contentTerms } from './content';

/** The popularity prior: log(1 + ratings), a small term of its own. */
export const popularityTerms = ({ popularity }: TermWeights): TermWeights => ({
  ...NO_TERMS,
  popularity,
});

/**
 * HYBRID, the composer: the collaborative terms, the content terms and the popularity prior in
 * one sum, each kind of term from exactly one component. Every term keeps its evidence, so a
 * hybrid item's reasons are its components' terms and `rankedBy` names the component whose terms
 * weigh most.
 */
export const hybridTerms = (fitted: TermWeights): TermWeights =>
  composeTerms(collaborativeTerms(fitted), contentTerms(fitted), popularityTerms(fitted));
