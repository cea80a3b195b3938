/** A hue per genre, so a tile's colour says what kind of film it is at a glance. */
const GENRE_HUES: Record<string, number> = {
  Action: 5,
  Adventure: 30,
  Animation: 290,
  Children: 50,
  Comedy: 45,
  Crime: 220,
  Documentary: 160,
  Drama: 260,
  Fantasy: 275,
  'Film-Noir': 210,
  Horror: 350,
  IMAX: 190,
  Musical: 320,
  Mystery: 240,
  Romance: 335,
  'Sci-Fi': 185,
  Thriller: 200,
  War: 90,
  Western: 25,
};

/** Small stable hash, so a film without a known genre still keeps one colour. */
function hash(text: string): number {
  let value = 0;
  for (const char of text) value = (value * 31 + char.charCodeAt(0)) % 360;
  return value;
}

/** Two dark shades for a poster's gradient, from its first two genres; text on them is white. */
export function posterColours(id: string, genres: readonly string[]): [string, string] {
  const [first, second] = genres.map((genre) => GENRE_HUES[genre] ?? hash(genre));
  const from = first ?? hash(id);
  const to = second ?? (from + 40) % 360;
  return [`hsl(${from} 55% 30%)`, `hsl(${to} 60% 18%)`];
}
