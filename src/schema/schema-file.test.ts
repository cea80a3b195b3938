import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../project-root';
import { buildReelgraphSchema, schemaText } from './build-schema';

it('schema/schema.graphql matches the resolvers (run `npm run schema` after changing them)', async () => {
  const checkedIn = readFileSync(path.join(projectRoot, 'schema', 'schema.graphql'), 'utf8');
  expect(schemaText(await buildReelgraphSchema())).toBe(checkedIn);
});
