import { ApolloServerOptions, ApolloServerPlugin, BaseContext } from '@apollo/server';
import { Limits } from '../../limits';
import { queryCostPlugin } from './query-cost';
import { queryShapeRules } from './query-shape-rules';
import { retryHintPlugin } from './retry-hint';

/** Everything Apollo needs to enforce `limits`; the time budget is set by `timeBudget` in Express and checked per field by `stopFieldsAtDeadline`. */
export function apolloLimits<Context extends BaseContext>(
  limits: Limits,
): Pick<
  ApolloServerOptions<Context>,
  'validationRules' | 'parseOptions' | 'allowBatchedHttpRequests'
> & { plugins: ApolloServerPlugin<Context>[] } {
  return {
    validationRules: queryShapeRules(limits),
    parseOptions: { maxTokens: limits.maxTokens },
    // One operation per request, so the limits above hold per request.
    allowBatchedHttpRequests: false,
    plugins: [queryCostPlugin(limits.maxCost), retryHintPlugin(limits.retryAfterSeconds)],
  };
}
