import { badInput } from '../../errors';
import { limits } from '../../limits';

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export interface SearchLimits {
  /** Code points, after trimming. */
  maxLength: number;
  maxWords: number;
}

const configuredLimits = (): SearchLimits => {
  const { searchMaxLength, searchMaxWords } = limits();
  return { maxLength: searchMaxLength, maxWords: searchMaxWords };
};

/**
 * Turns what a person types into a full-text query: every word must match, as a prefix, so
 * "matr" finds "Matrix, The". Returns null for blank input; text longer than the limits is
 * BAD_USER_INPUT at `argumentPath` (each word is a Lucene clause, and clauses cost CPU).
 */
export function prefixQuery(
  text: string | null | undefined,
  argumentPath: string,
  { maxLength, maxWords }: SearchLimits = configuredLimits(),
): string | null {
  const trimmed = (text ?? '').trim();
  // Counting code points of a huge text would itself be slow; UTF-16 length bounds them.
  if (trimmed.length > maxLength * 2 || Array.from(trimmed).length > maxLength) {
    throw badInput(argumentPath, `must be at most ${maxLength} characters`);
  }
  const words = trimmed
    .toLowerCase()
    .split(/\s+/)
    .map((word) => word.replace(LUCENE_SPECIAL, (character) => `\\${character}`))
    .filter((word) => word.length > 0);
  if (words.length > maxWords) {
    throw badInput(argumentPath, `must be at most ${maxWords} words, got ${words.length}`);
  }
  return words.length === 0 ? null : words.map((word) => `${word}*`).join(' AND ');
}
