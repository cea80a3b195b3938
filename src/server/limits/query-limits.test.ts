import 'reflect-metadata';
import { GraphQLError, GraphQLSchema, parse, validate } from 'graphql';
import { ErrorCode } from '../../errors';
import { DEFAULT_LIMITS } from '../../limits';
import { buildReelgraphSchema } from '../../schema/build-schema';
import { checkOperationCost } from './query-cost';
import { queryShapeRules } from './query-shape-rules';

let schema: GraphQLSchema;

beforeAll(async () => {
  schema = await buildReelgraphSchema();
});

const shapeErrors = (query: string) =>
  validate(schema, parse(query), queryShapeRules(DEFAULT_LIMITS));

function costRefusal(query: string, variables: Record<string, unknown> = {}): GraphQLError | null {
  try {
    checkOperationCost(schema, parse(query), variables, undefined, DEFAULT_LIMITS.maxCost);
    return null;
  } catch (error) {
    return error as GraphQLError;
  }
}

const nested = (levels: number) => {
  let selection = 'id';
  for (let level = 0; level < levels; level++)
    selection = `id ${level % 2 === 0 ? 'actedIn' : 'cast'} { ${selection} }`;
  return `{ movie(id: "catch-me-if-you-can-2002") { id cast { ${selection} } } }`;
};

describe('query shape', () => {
  it('refuses the 11-level movie → cast → actedIn query with QUERY_TOO_COMPLEX', () => {
    const errors = shapeErrors(nested(9));
    expect(errors).toHaveLength(1);
    expect(errors[0].extensions.code).toBe(ErrorCode.QueryTooComplex);
    expect(errors[0].message).toContain(`depth limit of ${DEFAULT_LIMITS.maxDepth}`);
  });

  it('allows the same query a few levels deep', () => {
    expect(shapeErrors(nested(3))).toEqual([]);
  });

  it('refuses more aliases than allowed', () => {
    const fields = Array.from(
      { length: DEFAULT_LIMITS.maxAliases + 1 },
      (_, n) => `m${n}: genres { name }`,
    );
    const errors = shapeErrors(`{ ${fields.join(' ')} }`);
    expect(errors.map((error) => error.extensions.code)).toEqual([ErrorCode.QueryTooComplex]);
    expect(errors[0].message).toContain(`Aliases limit of ${DEFAULT_LIMITS.maxAliases}`);
  });

  it('refuses more directives than allowed', () => {
    const directives = ' @include(if: true)'.repeat(DEFAULT_LIMITS.maxDirectives + 1);
    const errors = shapeErrors(`{ genres${directives} { name } }`);
    expect(errors.map((error) => error.extensions.code)).toEqual([ErrorCode.QueryTooComplex]);
  });
});

describe('query cost', () => {
  it('charges list fields their first argument, from literals and variables', () => {
    const query = 'query($n: Int!) { movies(first: $n) { edges { node { title } } } }';
    const small = costRefusal(query, { n: 5 });
    expect(small).toBeNull();
    const refusal = costRefusal(
      'query($n: Int!) { movies(first: $n) { edges { node { cast(first: 100) { actedIn(first: 100) { title } } } } } }',
      { n: 100 },
    );
    expect(refusal?.extensions).toMatchObject({
      code: ErrorCode.QueryTooComplex,
      maxCost: DEFAULT_LIMITS.maxCost,
    });
    expect(refusal!.extensions.cost as number).toBeGreaterThan(100 * 100 * 100);
  });

  it('refuses 500 aliased recommendations, which the recommender would score one by one', () => {
    const fields = Array.from(
      { length: 500 },
      (_, n) => `r${n}: recommendations(userId: "1", first: 10) { score }`,
    );
    expect(costRefusal(`{ ${fields.join(' ')} }`)?.extensions.code).toBe(ErrorCode.QueryTooComplex);
  });

  it('refuses nested genres → movies → genres → movies, which exhausted the Neo4j pool', () => {
    const query =
      '{ genres { movies(first: 20) { edges { node { genres { movies(first: 20) { edges { node { title } } } } } } } } }';
    expect(shapeErrors(query)).toEqual([]);
    expect(costRefusal(query)?.extensions.code).toBe(ErrorCode.QueryTooComplex);
  });

  it('lets a page of recommendations with reasons through', () => {
    const query =
      '{ recommendations(userId: "1", first: 20) { movie { title genres { name } } reasons { text } } }';
    expect(costRefusal(query)).toBeNull();
  });
});
