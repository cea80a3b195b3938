import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FieldNode, OperationDefinitionNode, parse, validate } from 'graphql';
import { DEFAULT_LIMITS } from '../limits';
import { projectRoot } from '../project-root';
import { checkOperationCost } from '../server/limits/query-cost';
import { queryShapeRules } from '../server/limits/query-shape-rules';
import { buildReelgraphSchema } from './build-schema';

const readExamples = () =>
  parse(readFileSync(path.join(projectRoot, 'schema', 'examples.graphql'), 'utf8'), {
    maxTokens: DEFAULT_LIMITS.maxTokens * 10,
  });

it('schema/examples.graphql is valid and shows every query and mutation', async () => {
  const schema = await buildReelgraphSchema();
  const document = readExamples();
  expect(validate(schema, document)).toEqual([]);

  const used = new Set(
    document.definitions
      .filter(
        (definition): definition is OperationDefinitionNode =>
          definition.kind === 'OperationDefinition',
      )
      .flatMap((operation) =>
        operation.selectionSet.selections.map(
          (selection) => `${operation.operation}.${(selection as FieldNode).name.value}`,
        ),
      ),
  );
  const offered = [
    ...Object.keys(schema.getQueryType()!.getFields()).map((name) => `query.${name}`),
    ...Object.keys(schema.getMutationType()!.getFields()).map((name) => `mutation.${name}`),
  ];
  expect(offered.filter((name) => !used.has(name))).toEqual([]);
});

it('every example stays within the default query limits', async () => {
  const schema = await buildReelgraphSchema();
  const document = readExamples();
  const operations = document.definitions.filter(
    (definition): definition is OperationDefinitionNode =>
      definition.kind === 'OperationDefinition',
  );
  expect(operations.length).toBeGreaterThan(5);
  expect(validate(schema, document, queryShapeRules(DEFAULT_LIMITS))).toEqual([]);
  const overBudget = operations.filter((operation) => {
    try {
      checkOperationCost(schema, document, {}, operation.name!.value, DEFAULT_LIMITS.maxCost);
      return false;
    } catch {
      return true;
    }
  });
  expect(overBudget.map((operation) => operation.name!.value)).toEqual([]);
});
