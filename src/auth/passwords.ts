import { hash, verify } from '@node-rs/argon2';

/** Long enough to resist guessing, short enough that hashing cannot be used to burn CPU. */
export const PASSWORD_LENGTH = { min: 8, max: 256 } as const;

/** Argon2id with the library's defaults (19 MiB, 2 passes: OWASP's recommended minimum). */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

/** Hashed once, lazily, so unknown emails cost as much to check as known ones. */
let decoyHash: Promise<string> | undefined;

/**
 * True when `password` matches `storedHash`. With no stored hash (unknown email, or a dataset
 * user who has no password) it still does the work of one check and answers false, so timing
 * does not tell which emails have accounts.
 */
export async function passwordMatches(
  password: string,
  storedHash: string | null | undefined,
): Promise<boolean> {
  if (storedHash) return verify(storedHash, password);
  decoyHash ??= hash('decoy password, never matched');
  await verify(await decoyHash, password);
  return false;
}
