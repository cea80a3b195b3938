import { isCredentialAttempt } from './credential-attempt';

it.each([
  ['mutation { signIn(email: "a@b.co", password: "x") { token } }', true],
  ['mutation M { me: signUp(name: "A", email: "a@b.co", password: "x") { token } }', true],
  ['mutation { rateMovie(movieId: "m", rating: 4) { value } }', false],
  ['query { movies(filter: { search: "signIn" }) { totalCount } }', false],
  ['mutation { signIn(', false],
])('%s -> %p', (query, expected) => {
  expect(isCredentialAttempt({ query })).toBe(expected);
});

it('is false for bodies without a query string', () => {
  expect(isCredentialAttempt(undefined)).toBe(false);
  expect(isCredentialAttempt({ query: 42 })).toBe(false);
});
