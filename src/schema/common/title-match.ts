/**
 * MovieLens moves a leading article behind the title ("Matrix, The"), other catalogues keep it in
 * front ("The Matrix"); a search for "matrix" or "the matrix" should treat both as exact.
 */
const ARTICLES = [
  'the',
  'a',
  'an',
  'les',
  'le',
  'la',
  'il',
  'el',
  'los',
  'las',
  'die',
  'der',
  'das',
];

export interface TitleMatch {
  /** Lower-case titles that count as exactly what was typed. */
  exactTitles: string[];
  /** Lower-case start of a title that matches what was typed, without a leading article. */
  titlePrefix: string;
}

/** What the search ranking compares titles with; null for blank input. */
export function titleMatch(text: string | null | undefined): TitleMatch | null {
  const words = (text ?? '').toLowerCase().trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  const withoutArticle = words.length > 1 && ARTICLES.includes(words[0]) ? words.slice(1) : words;
  const core = withoutArticle.join(' ');
  return {
    exactTitles: [
      core,
      ...ARTICLES.flatMap((article) => [`${core}, ${article}`, `${article} ${core}`]),
    ],
    titlePrefix: core,
  };
}
