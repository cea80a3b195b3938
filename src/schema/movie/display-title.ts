/**
 * Articles MovieLens moves to the end of a title ("Matrix, The", "Misérables, Les",
 * "Postino, Il"), in the languages its catalogue uses. Elided ones ("L'") join without a space.
 */
const ARTICLES = new Set([
  // English
  'The',
  'A',
  'An',
  // French
  'Le',
  'La',
  'Les',
  "L'",
  'Un',
  'Une',
  // Italian
  'Il',
  'Lo',
  'I',
  'Gli',
  'Uno',
  'Una',
  // Spanish and Portuguese
  'El',
  'Los',
  'Las',
  'O',
  'Os',
  'As',
  // German
  'Der',
  'Die',
  'Das',
  'Ein',
  'Eine',
  // Dutch and Scandinavian
  'De',
  'Het',
  'Een',
  'Den',
  'Det',
  'En',
  'Ett',
]);

const TRAILING_ARTICLE = /^(.+), ([\p{L}]+'?)$/u;

/** "Matrix, The" -> "The Matrix"; a name without a trailing article is returned as it is. */
function frontArticle(name: string): string {
  const match = TRAILING_ARTICLE.exec(name.trim());
  if (match === null || !ARTICLES.has(match[2])) return name;
  const [, rest, article] = match;
  return article.endsWith("'") ? `${article}${rest}` : `${article} ${rest}`;
}

/** The main title and any alternative titles in trailing brackets: "A (B) (C)" -> [A, B, C]. */
function splitAlternatives(title: string): string[] {
  const parts: string[] = [];
  let rest = title.trim();
  for (let match = /^(.*\S)\s*\(([^()]+)\)$/.exec(rest); match;) {
    parts.unshift(match[2]);
    rest = match[1];
    match = /^(.*\S)\s*\(([^()]+)\)$/.exec(rest);
  }
  return [rest, ...parts];
}

/**
 * A title as people write it, with the year: "Matrix, The" (1999) -> "The Matrix (1999)",
 * "Postman, The (Postino, Il)" -> "The Postman (Il Postino)". The stored title stays as loaded.
 */
export function displayTitle(title: string, year: number | null): string {
  const [main, ...alternatives] = splitAlternatives(title).map(frontArticle);
  const withAlternatives = [main, ...alternatives.map((name) => `(${name})`)].join(' ');
  return year === null ? withAlternatives : `${withAlternatives} (${year})`;
}
