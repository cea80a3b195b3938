import { NO_TERMS, type TermWeights } from '../scoring/scorer-config';
import { composeTerms } from './compose-terms';

/** What the films are: directors, actors, plot keywords and genres shared with liked films. */
export const contentTerms = ({ director, actor, keyword, genre }: TermWeights): TermWeights => ({
  ...NO_TERMS,
  director,
  actor,
  keyword,
  genre,
});

/** CONTENT as served on its own: the content terms, a tenth of the popularity prior breaking ties. */
export const contentStrategyTerms = (fitted: TermWeights): TermWeights =>
  composeTerms(contentTerms(fitted), { ...NO_TERMS, popularity: 0.1 * fitted.popularity });
