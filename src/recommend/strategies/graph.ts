import type { TermWeights } from '../scoring/scorer-config';
import { contentTerms } from './content';

/** GRAPH: paths through the graph only: shared people, keywords and genres, and similar users. */
export const graphTerms = (fitted: TermWeights): TermWeights => ({
  ...contentTerms(fitted),
  similarUsers: fitted.similarUsers,
});
