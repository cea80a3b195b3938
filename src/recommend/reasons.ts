/**
 * Why a movie is recommended. Every reason names something that exists in the graph: the anchor
 * is a movie the user rated (or the movie asked about), the person and genre link both movies.
 */
export type Reason =
  | { kind: 'BecauseYouLiked'; anchorId: string; similarity: number; weight: number }
  | {
      kind: 'SharedPerson';
      personId: string;
      personName: string;
      role: 'DIRECTOR' | 'ACTOR';
      anchorId: string;
      weight: number;
    }
  | { kind: 'SharedGenre'; genres: string[]; anchorId: string; weight: number }
  /** With an anchor: fans of that movie who also liked this one; without: users like this one. */
  | { kind: 'SimilarUsers'; count: number; anchorId?: string; weight: number }
  | { kind: 'Popular'; ratingCount: number; weight: number };

/** Who the sentence is for: a user's own likes, or a movie someone is looking at. */
export type ReasonAudience = 'user' | 'movie';

const listed = (names: string[]) =>
  names.length <= 1
    ? names.join('')
    : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;

/** The sentence a person reads, e.g. "Because you liked Heat (1995): also directed by Michael Mann". */
export function reasonText(
  reason: Reason,
  anchorTitle: (movieId: string) => string,
  audience: ReasonAudience = 'user',
): string {
  const because = (anchorId: string) =>
    audience === 'user'
      ? `Because you liked ${anchorTitle(anchorId)}`
      : `Like ${anchorTitle(anchorId)}`;
  switch (reason.kind) {
    case 'BecauseYouLiked':
      return `${because(reason.anchorId)}: people who liked it rate this one alike (similarity ${reason.similarity.toFixed(2)})`;
    case 'SharedPerson':
      return `${because(reason.anchorId)}: also ${reason.role === 'DIRECTOR' ? 'directed by' : 'starring'} ${reason.personName}`;
    case 'SharedGenre':
      return `${because(reason.anchorId)}: also ${listed(reason.genres)}`;
    case 'SimilarUsers': {
      const people = `${reason.count} ${reason.count === 1 ? 'person' : 'people'}`;
      return reason.anchorId === undefined
        ? `${people} with tastes like yours rated it highly`
        : `${people} who liked ${anchorTitle(reason.anchorId)} also liked this one`;
    }
    case 'Popular':
      return `Popular: rated by ${reason.ratingCount} ${reason.ratingCount === 1 ? 'person' : 'people'}`;
  }
}
