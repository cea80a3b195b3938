/**
 * A GraphQL document that carries the types of its result and variables. The documents are
 * written by hand in operations.ts; operations.test.ts validates each one against
 * schema/schema.graphql, so a field that does not exist or a wrong argument fails the tests.
 */
export interface Operation<TData, TVariables> {
  readonly query: string;
  /** Never set: only carries the types. */
  readonly types?: { data: TData; variables: TVariables };
}

export const operation = <TData, TVariables = Record<string, never>>(
  query: string,
): Operation<TData, TVariables> => ({ query });
