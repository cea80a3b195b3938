import { NO_TERMS, SCORER_DEFAULTS, type TermWeights } from './scorer-config';

export type Strategy = 'HYBRID' | 'COLLABORATIVE' | 'CONTENT' | 'GRAPH';

/**
 * Each strategy is the additive scorer with some kinds of terms switched off: the same terms, so
 * the same reasons, whichever ranks.
 * - HYBRID: every term, with the fitted weights;
 * - COLLABORATIVE: what other people's ratings say (item–item weights, similar users);
 * - CONTENT: what the films are (people, keywords, genres), with a little popularity;
 * - GRAPH: paths through people, keywords and genres, and similar users.
 */
export function strategyWeights(
  strategy: Strategy,
  fitted: TermWeights = SCORER_DEFAULTS.terms,
): TermWeights {
  switch (strategy) {
    case 'HYBRID':
      return fitted;
    case 'COLLABORATIVE':
      return { ...NO_TERMS, itemItem: fitted.itemItem, similarUsers: fitted.similarUsers };
    case 'CONTENT':
      return { ...NO_TERMS, ...metadataTerms(fitted), popularity: 0.1 * fitted.popularity };
    case 'GRAPH':
      return { ...NO_TERMS, ...metadataTerms(fitted), similarUsers: fitted.similarUsers };
  }
}

/** The terms that come from a film's people, keywords and genres. */
const metadataTerms = ({ director, actor, keyword, genre }: TermWeights) => ({
  director,
  actor,
  keyword,
  genre,
});
