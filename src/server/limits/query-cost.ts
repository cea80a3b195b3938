import { ApolloServerPlugin } from '@apollo/server';
import { DocumentNode, GraphQLError, GraphQLSchema } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { ErrorCode } from '../../errors';

/** Fields declare their cost in the schema (see schema/common/cost.ts); any other costs 1. */
const estimators = [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })];

/** Throws the refusal for an operation that would cost more than `maxCost`. */
export function checkOperationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined,
  maxCost: number,
): void {
  let cost: number;
  try {
    cost = getComplexity({ schema, query: document, variables, operationName, estimators });
  } catch (error) {
    // Variables that do not fit their types are reported by execution, which then runs nothing.
    if (error instanceof GraphQLError && error.message.includes('maximum allowed number of nodes'))
      cost = Number.POSITIVE_INFINITY;
    else return;
  }
  if (cost > maxCost) {
    const estimate = Number.isFinite(cost) ? String(cost) : 'too much to count';
    throw new GraphQLError(
      `This operation would cost ${estimate}; one request may cost at most ${maxCost}. Lists cost their first argument times what you select in them: ask for fewer items or fields, or split the request.`,
      {
        extensions: {
          code: ErrorCode.QueryTooComplex,
          cost: Number.isFinite(cost) ? cost : null,
          maxCost,
          http: { status: 400 },
        },
      },
    );
  }
}

/** Refuses costly operations after validation and before any resolver runs. */
export function queryCostPlugin(maxCost: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request }) {
          checkOperationCost(schema, document, request.variables, request.operationName, maxCost);
        },
      };
    },
  };
}
