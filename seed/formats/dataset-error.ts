/**
 * A dataset folder or file the seeder cannot use at all. The message is written for the person
 * running the seeder (what was expected, what to do), so a CLI prints it as is and exits.
 */
export class DatasetError extends Error {
  override readonly name = 'DatasetError';
}
