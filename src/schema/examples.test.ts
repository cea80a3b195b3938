import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FieldNode, OperationDefinitionNode, parse, validate } from 'graphql';
import { projectRoot } from '../project-root';
import { buildReelgraphSchema } from './build-schema';

it('schema/examples.graphql is valid and shows every query and mutation', async () => {
  const schema = await buildReelgraphSchema();
  const document = parse(
    readFileSync(path.join(projectRoot, 'schema', 'examples.graphql'), 'utf8'),
  );
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
