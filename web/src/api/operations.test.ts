import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import * as operations from './operations';

const schema = buildSchema(
  readFileSync(path.join(__dirname, '..', '..', '..', 'schema', 'schema.graphql'), 'utf8'),
);

const documents = Object.entries(operations).filter(
  (entry): entry is [string, { query: string }] =>
    typeof entry[1] === 'object' && entry[1] !== null && 'query' in entry[1],
);

it('the app sends operations', () => {
  expect(documents.length).toBeGreaterThanOrEqual(10);
});

it.each(documents)('%s is valid against schema/schema.graphql', (_name, { query }) => {
  expect(validate(schema, parse(query)).map((error) => error.message)).toEqual([]);
});
