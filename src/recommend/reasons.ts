/**
 * Why a movie is recommended. Every reason names something that exists in the graph: its anchors
 * are movies the user rated (or the movie asked about); the person, keyword and genres link both
 * movies. `weight` is the reason's share of the evidence behind the movie's score.
 */
export type Reason =
  | {
      kind: 'BecauseYouLiked';
      /** Liked movies whose learned item–item weights carry this one, strongest first. */
      anchorIds: string[];
      /** Movies rated but not liked that carry it too ("… and watched X"), strongest first. */
      watchedIds: string[];
      /** The learned weight w(strongest anchor → this movie). */
      similarity: number;
      weight: number;
    }
  | {
      kind: 'SharedPerson';
      personId: string;
      personName: string;
      role: 'DIRECTOR' | 'ACTOR';
      anchorId: string;
      weight: number;
    }
  | { kind: 'SharedKeyword'; keywords: string[]; anchorId: string; weight: number }
  | { kind: 'SharedGenre'; genres: string[]; anchorId: string; weight: number }
  /** With an anchor: fans of that movie who also liked this one; without: users like this one. */
  | { kind: 'SimilarUsers'; count: number; anchorId?: string; weight: number }
  | { kind: 'Popular'; ratingCount: number; weight: number }
  /** The latent-factor term: the movie matches the taste profile folded in from every rating. */
  | { kind: 'TasteProfile'; weight: number };

/**
 * Does the reason name a person, a keyword or a liked film (not only genres, users, a latent
 * match, or films the user merely watched)?
 */
export const namesEvidence = (reason: Reason | undefined): boolean =>
  reason !== undefined &&
  ((reason.kind === 'BecauseYouLiked' && reason.anchorIds.length > 0) ||
    reason.kind === 'SharedPerson' ||
    reason.kind === 'SharedKeyword');

/** A reason before its share is known. */
export type ReasonDraft = Reason extends infer R
  ? R extends Reason
    ? Omit<R, 'weight'>
    : never
  : never;

/** Who the sentence is for: a user's own likes, or a movie someone is looking at. */
export type ReasonAudience = 'user' | 'movie';

/** Every movie a reason names besides the recommended one, first anchor first. */
export function reasonAnchors(reason: Reason): string[] {
  if (reason.kind === 'BecauseYouLiked') return [...reason.anchorIds, ...reason.watchedIds];
  return 'anchorId' in reason && reason.anchorId !== undefined ? [reason.anchorId] : [];
}

const listed = (names: readonly string[]) =>
  names.length <= 1
    ? names.join('')
    : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;

/** Films a sentence names by title; the reason's anchors (and its path) hold every one. */
const TITLED_FILMS = 3;

/** "A, B, C and 4 more": a reason may combine up to ten films, a sentence reads three. */
const listedFilms = (titles: readonly string[]) =>
  titles.length <= TITLED_FILMS
    ? listed(titles)
    : `${titles.slice(0, TITLED_FILMS).join(', ')} and ${titles.length - TITLED_FILMS} more`;

/**
 * The sentence a person reads, e.g. "Because you liked Heat (1995): also directed by Michael
 * Mann". No raw numbers from the models: the weight is a field of its own.
 */
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
    case 'BecauseYouLiked': {
      const liked = listedFilms(reason.anchorIds.map(anchorTitle));
      const watched = listedFilms(reason.watchedIds.map(anchorTitle));
      if (audience === 'movie') return `Often liked by the same people as ${liked || watched}`;
      if (liked === '') return `Because you watched ${watched}`;
      return `Because you liked ${liked}${watched === '' ? '' : `, and watched ${watched}`}`;
    }
    case 'SharedPerson':
      // IMDb 5000's three actors are not in billing order, so an actor is "with", never "starring".
      return `${because(reason.anchorId)}: also ${reason.role === 'DIRECTOR' ? 'directed by' : 'with'} ${reason.personName}`;
    case 'SharedKeyword':
      return `${because(reason.anchorId)}: also about ${listed(reason.keywords)}`;
    case 'SharedGenre':
      return audience === 'user'
        ? `You like ${listed(reason.genres)} films such as ${anchorTitle(reason.anchorId)}`
        : `Also ${listed(reason.genres)}, like ${anchorTitle(reason.anchorId)}`;
    case 'SimilarUsers': {
      const people = `${reason.count} ${reason.count === 1 ? 'person' : 'people'}`;
      return reason.anchorId === undefined
        ? `${people} with tastes like yours liked it`
        : `${people} who liked ${anchorTitle(reason.anchorId)} also liked this one`;
    }
    case 'TasteProfile':
      return audience === 'user'
        ? 'Matches your taste profile'
        : 'Matches the taste profile of people who liked it';
    case 'Popular':
      return `Popular: rated by ${reason.ratingCount} ${reason.ratingCount === 1 ? 'person' : 'people'}`;
  }
}
