import { SCORER_DEFAULTS, type TermWeights } from '../scoring/scorer-config';
import { collaborativeTerms } from './collaborative';
import { composeTerms } from './compose-terms';
import { contentTerms } from './content';
import { graphTerms } from './graph';
import { hybridTerms, popularityTerms } from './hybrid';

const fitted = SCORER_DEFAULTS.terms;
const kindsOf = (weights: TermWeights) =>
  Object.entries(weights)
    .filter(([, weight]) => weight !== 0)
    .map(([kind]) => kind)
    .sort();

describe('the hybrid composer', () => {
  it('is the sum of its components, each kind of term from exactly one of them', () => {
    const components = [collaborativeTerms, contentTerms, popularityTerms].map((terms) =>
      kindsOf(terms(fitted)),
    );
    expect(components.flat().sort()).toEqual(kindsOf(fitted));
    expect(hybridTerms(fitted)).toEqual(fitted);
  });

  it('adds weights kind by kind', () => {
    expect(composeTerms(contentTerms(fitted), graphTerms(fitted))).toMatchObject({
      director: 2 * fitted.director,
      similarUsers: fitted.similarUsers,
      itemItem: 0,
    });
  });
});
