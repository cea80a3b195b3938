import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../project-root';
import { buildReelgraphSchema, schemaText } from '../schema/build-schema';

/** Rewrites schema/schema.graphql from the resolvers; a test fails while the two disagree. */
async function main(): Promise<void> {
  const file = path.join(projectRoot, 'schema', 'schema.graphql');
  writeFileSync(file, schemaText(await buildReelgraphSchema()));
  console.log(`Wrote ${path.relative(process.cwd(), file)}`);
}

void main();
