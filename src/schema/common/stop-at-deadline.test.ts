import { buildSchema, execute, ExecutionResult, parse } from 'graphql';
import { withDeadline } from '../../deadline';
import { AppError, ErrorCode } from '../../errors';
import { stopFieldsAtDeadline } from './stop-at-deadline';

const schema = stopFieldsAtDeadline(
  buildSchema('type Query { movie: Movie } type Movie { title: String }'),
);

const run = () =>
  execute({
    schema,
    document: parse('{ movie { title } }'),
    rootValue: { movie: { title: 'Heat (1995)' } },
  });

it('resolves plain fields synchronously, with no promise to wait for', () => {
  expect(run()).toEqual({ data: { movie: { title: 'Heat (1995)' } } });
});

it('fails a field that starts after the deadline with SERVICE_UNAVAILABLE and a retry hint', () => {
  const result = withDeadline(-1, 2, run) as ExecutionResult;
  expect(result.data).toEqual({ movie: null });
  const causes = result.errors?.map((error) => error.originalError as AppError);
  expect(causes?.map(({ code, details }) => ({ code, details }))).toEqual([
    { code: ErrorCode.ServiceUnavailable, details: { retryAfterSeconds: 2 } },
  ]);
});
