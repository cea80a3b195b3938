import { randomUUID } from 'node:crypto';
import { uniqueId } from './added-users';
import { TestServer } from './test-server';

export interface TestAccount {
  userId: string;
  token: string;
  email: string;
  password: string;
}

/** Accounts this test file made, deleted again by `deleteTestAccounts`. */
const created: TestAccount[] = [];

export const uniqueEmail = (label = 'tester') => `${uniqueId(label)}@test.reelgraph.example`;

const SIGN_UP =
  'mutation($name: String!, $email: String!, $password: String!) { signUp(name: $name, email: $email, password: $password) { token user { id name email } } }';

export async function signUp(server: TestServer, name = 'Test viewer'): Promise<TestAccount> {
  const email = uniqueEmail();
  const password = `pw-${randomUUID()}`;
  const { data, errors } = await server.graphql(SIGN_UP, { name, email, password });
  expect(errors).toBeUndefined();
  const account = { userId: data!.signUp.user.id, token: data!.signUp.token, email, password };
  created.push(account);
  return account;
}

/** Removes every account `signUp` made here, with their ratings. */
export async function deleteTestAccounts(server: TestServer): Promise<void> {
  for (const account of created.splice(0)) {
    const { errors } = await server.graphql('mutation { deleteMe }', {}, account.token);
    expect(errors).toBeUndefined();
  }
}

/** Rates each movie as the account, `rating` stars. */
export async function rateMovies(
  server: TestServer,
  account: TestAccount,
  movieIds: readonly string[],
  rating = 5,
): Promise<void> {
  for (const movieId of movieIds) {
    const { errors } = await server.graphql(
      'mutation($id: ID!, $rating: Float!) { rateMovie(movieId: $id, rating: $rating) { value } }',
      { id: movieId, rating },
      account.token,
    );
    expect(errors).toBeUndefined();
  }
}
