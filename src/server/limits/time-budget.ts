import { RequestHandler } from 'express';
import { withDeadline } from '../../deadline';

/**
 * Gives each request a deadline `budgetMs` away. Neo4j transactions started for it time out
 * by then (see Database), and `stopFieldsAtDeadline` stops resolving fields after it.
 */
export const timeBudget =
  (budgetMs: number, retryAfterSeconds: number): RequestHandler =>
  (_request, _response, next) =>
    withDeadline(budgetMs, retryAfterSeconds, next);
