import { ApolloServerPlugin } from '@apollo/server';
import { RequestHandler } from 'express';
import { checkDeadline, withDeadline } from '../../deadline';

/**
 * Gives each request a deadline `budgetMs` away. Neo4j transactions started for it time out
 * by then (see Database), and `timeBudgetPlugin` stops resolving fields after it.
 */
export const timeBudget =
  (budgetMs: number): RequestHandler =>
  (_request, _response, next) =>
    withDeadline(budgetMs, next);

/** Fields that start after the deadline fail with SERVICE_UNAVAILABLE instead of running. */
export function timeBudgetPlugin(retryAfterSeconds: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async executionDidStart() {
          return {
            willResolveField() {
              checkDeadline(retryAfterSeconds);
            },
          };
        },
      };
    },
  };
}
