import { GraphQLError } from 'graphql';
import { formatError } from './format-error';

const format = (message: string, code = 'BAD_USER_INPUT') =>
  formatError({ message, extensions: { code } }, new GraphQLError(message)).message;

describe('formatError', () => {
  it('cuts long quoted input to 40 characters and leaves the words between quotes alone', () => {
    const value = 'a'.repeat(5_000);
    expect(
      format(
        `Variable "$first" got invalid value "${value}"; Int cannot represent non-integer value: "${value}"`,
      ),
    ).toBe(
      `Variable "$first" got invalid value "${'a'.repeat(40)}…"; Int cannot represent non-integer value: "${'a'.repeat(40)}…"`,
    );
    const short =
      'Variable "$first" got invalid value "ten"; Int cannot represent non-integer value: "ten"';
    expect(format(short)).toBe(short);
  });

  it('hides schema suggestions only in production', () => {
    const message = 'Cannot query field "nam" on type "Genre". Did you mean "name"?';
    expect(format(message, 'GRAPHQL_VALIDATION_FAILED')).toBe(message);
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      expect(format(message, 'GRAPHQL_VALIDATION_FAILED')).toBe(
        'Cannot query field "nam" on type "Genre".',
      );
    } finally {
      process.env.NODE_ENV = nodeEnv;
    }
  });
});
