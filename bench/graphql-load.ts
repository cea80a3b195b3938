import autocannon from 'autocannon';
import { LoadResult } from './load-report';

export interface GraphQLScenario {
  name: string;
  query: string;
  /** Variables for the n-th request, so requests spread over many ids. */
  variables: (n: number) => Record<string, unknown>;
  token: string;
}

const hasNoErrors = (body: unknown) => {
  try {
    return JSON.parse(String(body)).errors === undefined;
  } catch {
    return false;
  }
};

/** Runs one scenario with autocannon: `connections` clients, each waiting for its answer. */
export async function loadGraphQL(
  url: string,
  scenario: GraphQLScenario,
  connections: number,
  seconds: number,
): Promise<LoadResult> {
  let sent = 0;
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
    verifyBody: hasNoErrors,
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
  };
}
