import { localNeo4jSettings, neo4jConnection } from '../config';
import { Database } from './database';
import { startLocalNeo4j } from './local-neo4j';
import { migrate } from './migrate';

/**
 * The one way commands get a database: starts the project's own Neo4j when NEO4J_URI is unset,
 * connects, and applies the schema.
 */
export async function openDatabase(): Promise<Database> {
  const connection = neo4jConnection();
  if (connection.local) await startLocalNeo4j(localNeo4jSettings());
  const database = Database.connect(connection);
  await migrate(database);
  return database;
}
