import { Reason } from '../api/operations';

/** Whose reasons: a user's recommendations start at "You", a movie's similar films at it. */
export type Audience = 'user' | 'movie';

/**
 * A few words for a chip: "Directed by Michael Mann", "Like Heat (1995)", "Crime, Thriller".
 * On a movie's own page the anchor is that movie, so chips leave it out.
 */
export function reasonChip(reason: Reason, audience: Audience = 'user'): string {
  const onItsPage = audience === 'movie';
  switch (reason.__typename) {
    case 'BecauseYouLiked':
      return onItsPage ? 'Rated alike' : `Like ${reason.anchor.displayTitle}`;
    case 'SharedPerson':
      return `${reason.role === 'DIRECTOR' ? 'Directed by' : 'With'} ${reason.person.name}`;
    case 'SharedKeyword':
      return `About ${reason.keywords.slice(0, 2).join(', ')}`;
    case 'SharedGenre':
      return reason.genres.map((genre) => genre.name).join(', ');
    case 'SimilarUsers':
      if (reason.fansOf === null) return `${reason.count} like-minded fans`;
      return onItsPage ? 'Loved by its fans' : `Fans of ${reason.fansOf.displayTitle}`;
    case 'Popular':
      return 'Popular';
    case 'TasteProfile':
      return 'Your taste';
  }
}
