import { localNeo4jSettings, neo4jConnection } from '../config';
import { startLocalNeo4j, stopLocalNeo4j } from '../graph/local-neo4j';
import { openDatabase } from '../graph/open-database';

const USAGE = 'Usage: npm run db:start | db:stop | db:migrate';

async function main(command: string | undefined): Promise<void> {
  const connection = neo4jConnection();
  if (command === 'start' || command === 'stop') {
    if (!connection.local) {
      console.log(
        `NEO4J_URI is set (${connection.uri}): that server is used, nothing to ${command}.`,
      );
      return;
    }
    const settings = localNeo4jSettings();
    if (command === 'stop') {
      console.log(`Neo4j ${await stopLocalNeo4j(settings)}.`);
      return;
    }
    console.log(
      `Neo4j ${await startLocalNeo4j(settings)} on ${connection.uri} (data in ${settings.dataDir}).`,
    );
  }
  if (command === 'start' || command === 'migrate') {
    const database = await openDatabase();
    await database.close();
    console.log('Schema is up to date.');
    return;
  }
  console.error(USAGE);
  process.exitCode = 2;
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
