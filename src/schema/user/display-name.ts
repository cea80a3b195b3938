/** Dataset users are stored as "<source folder> user <id>", e.g. "ml-latest-small user 1". */
const DATASET_USER = /^(?:ml-[\w.-]+|ml\d+[\w.-]*) user (\S+)$/;

/** The name shown to people: "MovieLens user 1" for dataset users, the chosen name otherwise. */
export function displayName(name: string): string {
  const match = DATASET_USER.exec(name);
  return match === null ? name : `MovieLens user ${match[1]}`;
}
