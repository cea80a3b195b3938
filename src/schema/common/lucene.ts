const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/**
 * Turns what a person types into a full-text query: every word must match, as a prefix, so
 * "matr" finds "Matrix, The". Returns null for blank input.
 */
export function prefixQuery(text: string | null | undefined): string | null {
  const words = (text ?? '')
    .toLowerCase()
    .split(/\s+/)
    .map((word) => word.replace(LUCENE_SPECIAL, (character) => `\\${character}`))
    .filter((word) => word.length > 0);
  return words.length === 0 ? null : words.map((word) => `${word}*`).join(' AND ');
}
