import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, ValidationContext, ValidationRule } from 'graphql';
import { ErrorCode } from '../../errors';
import { Limits } from '../../limits';

const refuse = (context: ValidationContext | null, error: GraphQLError) =>
  context?.reportError(
    // The library words every refusal as a syntax error; it is a limit, not a typo.
    new GraphQLError(
      `${error.message.replace(/^Syntax Error: /, '')} Ask for less in one request, or split it.`,
      {
        extensions: { code: ErrorCode.QueryTooComplex },
      },
    ),
  );

const onRejection = { propagateOnRejection: false, onReject: [refuse], exposeLimits: true };

/**
 * Depth, alias and directive limits from GraphQL Armor, checked while the operation is
 * validated, so a refused query never reaches a resolver or Neo4j. Tokens are limited by
 * graphql-js's own parser option and cost by graphql-query-complexity (see query-cost.ts).
 */
export function queryShapeRules(limits: Limits): ValidationRule[] {
  const { validationRules } = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: true, ...onRejection },
    maxAliases: { n: limits.maxAliases, ...onRejection },
    maxDirectives: { n: limits.maxDirectives, ...onRejection },
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  }).protect();
  return validationRules as ValidationRule[];
}
