import { Kind, OperationTypeNode, parse } from 'graphql';

const CREDENTIAL_FIELDS = new Set(['signIn', 'signUp']);

/**
 * True when a GraphQL request body asks for signIn or signUp, so password guessing and mass
 * sign-ups get their own, stricter limit. A body that does not parse is not an attempt
 * (GraphQL refuses it anyway).
 */
export function isCredentialAttempt(body: unknown): boolean {
  const query = (body as { query?: unknown } | undefined)?.query;
  if (typeof query !== 'string' || !/sign(In|Up)/.test(query)) return false;
  try {
    return parse(query).definitions.some(
      (definition) =>
        definition.kind === Kind.OPERATION_DEFINITION &&
        definition.operation === OperationTypeNode.MUTATION &&
        definition.selectionSet.selections.some(
          (selection) =>
            selection.kind === Kind.FIELD && CREDENTIAL_FIELDS.has(selection.name.value),
        ),
    );
  } catch {
    return false;
  }
}
