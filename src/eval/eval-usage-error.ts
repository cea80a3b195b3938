/** A command line the eval cannot run; the CLI prints the message as is and exits with 2. */
export class EvalUsageError extends Error {
  override readonly name = 'EvalUsageError';
}
