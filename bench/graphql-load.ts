import autocannon from 'autocannon';
import { LoadResult } from './load-report';

export interface GraphQLScenario {
  name: string;
  query: string;
  /** Variables for the n-th request, so requests spread over many ids. */
  variables: (n: number) => Record<string, unknown>;
  token: string;
  /** Concurrent clients, when not the bench's default. */
  connections?: number;
}

/** The first error message, so a failing scenario says why; undefined for a clean answer. */
function firstError(body: unknown): string | undefined {
  try {
    const errors = JSON.parse(String(body)).errors as { message: string }[] | undefined;
    return errors?.[0].message;
  } catch {
    return `not JSON: ${String(body).slice(0, 80)}`;
  }
}

/** Runs one scenario with autocannon: `connections` clients, each waiting for its answer. */
export async function loadGraphQL(
  url: string,
  scenario: GraphQLScenario,
  connections: number,
  seconds: number,
): Promise<LoadResult> {
  let sent = 0;
  let firstFailure: string | undefined;
  const latencies: number[] = [];
  const options: autocannon.Options = {
    url: `${url}/graphql`,
    connections,
    duration: seconds,
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${scenario.token}` },
    requests: [
      {
        setupRequest: (request) => ({
          ...request,
          body: JSON.stringify({ query: scenario.query, variables: scenario.variables(sent++) }),
        }),
      },
    ],
    verifyBody: (body) => {
      const error = firstError(body);
      firstFailure ??= error;
      return error === undefined;
    },
  };
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(options, (error, done) => (error ? reject(error) : resolve(done)));
    instance.on('response', (_client, _status, _bytes, responseTime) => {
      latencies.push(responseTime);
    });
  });
  return {
    scenario: scenario.name,
    requests: latencies.length,
    seconds: result.duration,
    latencies,
    // Every answer's body is checked, so a 4xx/5xx with an error body is one mismatch.
    failures: result.mismatches + result.errors + result.timeouts,
    firstFailure,
  };
}
