import { MovieRef, Reason } from '../api/operations';

export type PathNodeKind = 'YOU' | 'MOVIE' | 'PERSON' | 'GENRE' | 'KEYWORD' | 'USERS';

export interface PathStep {
  /** The relation leading into this node; null for the first. */
  via: string | null;
  node: { kind: PathNodeKind; id: string | null; label: string };
}

/** Whose reasons: a user's recommendations start at "You", a movie's similar films at it. */
export type Audience = 'user' | 'movie';

const you: PathStep = { via: null, node: { kind: 'YOU', id: null, label: 'You' } };

const movieNode = (movie: MovieRef) =>
  ({ kind: 'MOVIE', id: movie.id, label: movie.displayTitle }) as const;

/** The anchor as the path's start: "You -liked-> Heat", or Heat alone for similar movies. */
function fromAnchor(anchor: MovieRef, audience: Audience): PathStep[] {
  const node = movieNode(anchor);
  return audience === 'user' ? [you, { via: 'liked', node }] : [{ via: null, node }];
}

/**
 * The path behind a reason, from the reason's typed fields: You -liked-> Heat -directed by->
 * Michael Mann -directed-> Collateral.
 */
export function reasonPath(reason: Reason, target: MovieRef, audience: Audience): PathStep[] {
  const end = (via: string): PathStep => ({ via, node: movieNode(target) });
  switch (reason.__typename) {
    case 'BecauseYouLiked':
      return [...fromAnchor(reason.anchor, audience), end('rated alike by the same people')];
    case 'SharedPerson': {
      const director = reason.role === 'DIRECTOR';
      return [
        ...fromAnchor(reason.anchor, audience),
        {
          via: director ? 'directed by' : 'starring',
          node: { kind: 'PERSON', id: reason.person.id, label: reason.person.name },
        },
        end(director ? 'directed' : 'also in'),
      ];
    }
    case 'SharedGenre':
      return [
        ...fromAnchor(reason.anchor, audience),
        {
          via: 'genre',
          node: { kind: 'GENRE', id: null, label: reason.genres.map((g) => g.name).join(', ') },
        },
        end('also'),
      ];
    case 'SimilarUsers': {
      const users = { kind: 'USERS', id: null, label: `${reason.count} people` } as const;
      if (reason.fansOf !== null) {
        return [
          ...fromAnchor(reason.fansOf, audience),
          { via: 'loved by', node: users },
          end('rated highly'),
        ];
      }
      return [you, { via: 'rate like', node: users }, end('rated highly')];
    }
    case 'Popular':
      return [
        {
          via: null,
          node: {
            kind: 'USERS',
            id: null,
            label: `${reason.ratingCount.toLocaleString('en')} people`,
          },
        },
        end('rated'),
      ];
  }
}

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
    case 'SharedGenre':
      return reason.genres.map((genre) => genre.name).join(', ');
    case 'SimilarUsers':
      if (reason.fansOf === null) return `${reason.count} like-minded fans`;
      return onItsPage ? 'Loved by its fans' : `Fans of ${reason.fansOf.displayTitle}`;
    case 'Popular':
      return 'Popular';
  }
}
