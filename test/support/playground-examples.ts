import { randomUUID } from 'node:crypto';
import { OperationDefinitionNode, parse, print } from 'graphql';
import { uniqueEmail } from './accounts';
import { Database } from '../../src/graph/database';
import { GraphQLResponse, startTestServer, TestServer } from './test-server';

/** Examples that read another user ($userId) or every user (`users`) run with the admin token. */
const needsAdmin = (operation: OperationDefinitionNode) =>
  (operation.variableDefinitions ?? []).some(
    (variable) => variable.variable.name.value === 'userId',
  ) ||
  operation.selectionSet.selections.some(
    (selection) => selection.kind === 'Field' && selection.name.value === 'users',
  );

export interface Example {
  name: string;
  source: string;
  admin: boolean;
}

/**
 * The playground's examples, as the page loads them, in the order a person would try them:
 * signing up first and DeleteMe (which removes that account again) last.
 */
export async function playgroundExamples(server: TestServer): Promise<Example[]> {
  const text = await (await fetch(`${server.app.url}/playground/examples.graphql`)).text();
  const examples = parse(text)
    .definitions.filter(
      (definition): definition is OperationDefinitionNode =>
        definition.kind === 'OperationDefinition',
    )
    .map((operation) => ({
      name: operation.name!.value,
      source: print(operation),
      admin: needsAdmin(operation),
    }));
  const last = (example: Example) => (example.name === 'DeleteMe' ? 1 : 0);
  return examples.sort((a, b) => last(a) - last(b));
}

/** The variables the page fills in, with a fresh account so runs never collide. */
export async function playgroundVariables(server: TestServer): Promise<Record<string, unknown>> {
  const response = await fetch(`${server.app.url}/playground/variables.json`);
  expect(response.status).toBe(200);
  return {
    ...((await response.json()) as Record<string, unknown>),
    name: 'Playground tester',
    email: uniqueEmail('playground'),
    password: `pw-${randomUUID()}`,
  };
}

const isEmpty = (value: unknown): boolean =>
  value === null ||
  value === false ||
  (Array.isArray(value) && value.length === 0) ||
  (typeof value === 'object' && 'edges' in value && isEmpty(value.edges));

/** Root fields of an answer that came back null, false or with nothing in them. */
export const emptyFields = (data: Record<string, unknown>): string[] =>
  Object.entries(data)
    .filter(([, value]) => isEmpty(value))
    .map(([field]) => field);

const RETRIES = 3;

/**
 * Sends an operation, retrying as SERVICE_UNAVAILABLE asks (after `retryAfterSeconds`), so a
 * busy shared machine is not mistaken for a broken example.
 */
async function runAsAClientWould(
  server: TestServer,
  query: string,
  variables: Record<string, unknown>,
  token: string | undefined,
): Promise<GraphQLResponse> {
  for (let attempt = 1; ; attempt++) {
    const response = await server.graphql(query, variables, token);
    const busy = response.errors?.find((error) => error.extensions.code === 'SERVICE_UNAVAILABLE');
    if (busy === undefined || attempt === RETRIES) return response;
    const seconds = Number(busy.extensions.retryAfterSeconds ?? 1);
    await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  }
}

/**
 * Runs every playground example, with the variables the page fills in, against the real server
 * over `catalogue`: each must answer without errors and with something in every field.
 */
export function describePlaygroundExamples(
  catalogue: string,
  load: (database: Database) => Promise<void>,
  describeSuite: jest.Describe = describe,
): void {
  describeSuite(`every playground example on ${catalogue}`, () => {
    let server: TestServer;
    let userToken: string | undefined;

    beforeAll(async () => {
      server = await startTestServer(load);
    });

    afterAll(async () => {
      // DeleteMe runs last; should an earlier example fail, the account is removed here instead.
      if (userToken !== undefined) await server.graphql('mutation { deleteMe }', {}, userToken);
      await server?.stop();
    });

    it('fills in every id the examples ask for from the loaded data', async () => {
      const variables = await playgroundVariables(server);
      expect(variables).toEqual(
        expect.objectContaining({
          movieId: expect.any(String),
          personId: expect.any(String),
          userId: expect.any(String),
          provider: expect.any(String),
          region: expect.stringMatching(/^[A-Z]{2}$/),
        }),
      );
    });

    it('runs each example as the signed-up user (or with the admin token where it says so)', async () => {
      const [examples, variables] = await Promise.all([
        playgroundExamples(server),
        playgroundVariables(server),
      ]);
      expect(examples.length).toBeGreaterThan(10);
      expect(examples[0].name).toBe('SignUp');
      const failures: Record<string, unknown> = {};
      for (const example of examples) {
        const token = example.admin ? server.adminToken : userToken;
        const { data, errors } = await runAsAClientWould(server, example.source, variables, token);
        if (example.name === 'SignUp') userToken = data?.signUp?.token;
        if (errors !== undefined || data === undefined) failures[example.name] = errors;
        else if (emptyFields(data).length > 0)
          failures[example.name] = { empty: emptyFields(data) };
        if (example.name === 'DeleteMe' && errors === undefined) userToken = undefined;
      }
      expect(failures).toEqual({});
    });
  });
}
