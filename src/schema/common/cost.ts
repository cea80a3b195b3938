import { ComplexityEstimator } from 'graphql-query-complexity';
import { MAX_PAGE_SIZE } from './pagination';

/**
 * Query cost, estimated before a request runs (see server/limits/query-cost.ts): every field
 * costs 1 and a list costs its length times what is selected in each item, so
 * `movies(first: 20) { cast(first: 10) { name } }` costs about 20 × 10.
 */

const itemCost = (childComplexity: number) => Math.max(1, childComplexity);

// A `first` above the page size is refused by its resolver with a clearer message than the
// cost limit's, so it is counted as the largest it can be.
const count = (value: unknown, fallback: number) =>
  typeof value === 'number' && Number.isFinite(value) && value > 0
    ? Math.min(value, MAX_PAGE_SIZE)
    : fallback;

/** A list of `first` items (`defaultFirst` when absent). */
export const listCost =
  (defaultFirst: number, fixedCost = 1): ComplexityEstimator =>
  ({ args, childComplexity }) =>
    fixedCost + count(args.first, defaultFirst) * itemCost(childComplexity);

/** A list with no `first` whose length the data bounds, e.g. a movie's genres. */
export const boundedListCost =
  (typicalLength: number): ComplexityEstimator =>
  ({ childComplexity }) =>
    1 + typicalLength * itemCost(childComplexity);

/**
 * Work in the recommender on top of the list it returns: scoring every candidate movie costs
 * like fetching RECOMMENDER_COST fields, so a request holds only a few recommendation fields.
 */
export const RECOMMENDER_COST = 1_000;

/** `rows` lists of `perRow` recommendations, each row costing about one of its items. */
export const rowsCost: ComplexityEstimator = ({ args, childComplexity }) =>
  RECOMMENDER_COST + count(args.rows, 5) * count(args.perRow, 10) * itemCost(childComplexity);
