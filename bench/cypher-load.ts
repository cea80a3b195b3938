import { Database, Params } from '../src/graph/database';
import { LoadResult } from './load-report';

/** Runs `statement` from `connections` concurrent loops for `seconds`, through the driver. */
export async function loadCypher(
  database: Database,
  name: string,
  statement: string,
  params: (n: number) => Params,
  connections: number,
  seconds: number,
): Promise<LoadResult> {
  const latencies: number[] = [];
  let failures = 0;
  let sent = 0;
  const startedAt = performance.now();
  const deadline = startedAt + seconds * 1000;
  const client = async () => {
    while (performance.now() < deadline) {
      const requestStartedAt = performance.now();
      try {
        await database.read(statement, params(sent++));
        latencies.push(performance.now() - requestStartedAt);
      } catch {
        failures += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: connections }, client));
  return {
    scenario: name,
    requests: latencies.length,
    seconds: (performance.now() - startedAt) / 1000,
    latencies,
    failures,
  };
}
