import { Database } from '../../src/graph/database';
import { SCORER_DEFAULTS } from '../../src/recommend/scoring/scorer-config';

export interface ReasonView {
  __typename: string;
  text: string;
  weight: number;
  path: { via: string | null; node: { kind: string; id: string | null; label: string } }[];
  anchor?: { id: string };
  anchors?: { id: string }[];
  watched?: { id: string }[];
  fansOf?: { id: string } | null;
  person?: { id: string };
  role?: string;
  keywords?: string[];
  genres?: { name: string }[];
  count?: number;
  ratingCount?: number;
}

export const REASON_FIELDS = `
  __typename text weight path { via node { kind id label } }
  ... on BecauseYouLiked { anchor { id } anchors { id } watched { id } similarity }
  ... on SharedPerson { anchor { id } person { id name } role }
  ... on SharedKeyword { anchor { id } keywords }
  ... on SharedGenre { anchor { id } genres { name } }
  ... on SimilarUsers { count fansOf { id } }
  ... on Popular { ratingCount }
  ... on TasteProfile { __typename }`;

/** What the recommender counts as liked. */
const LIKED_RATING = SCORER_DEFAULTS.likedRating;

const found = async (database: Database, statement: string, params: Record<string, unknown>) =>
  (await database.read<{ found: boolean }>(statement, { likedRating: LIKED_RATING, ...params }))[0]
    ?.found === true;

/** Checks, with a Cypher query per reason, that the path the reason names exists in the graph. */
export async function reasonPathExists(
  database: Database,
  userId: string,
  movieId: string,
  reason: ReasonView,
): Promise<boolean> {
  const anchorId = reason.anchor?.id;
  switch (reason.__typename) {
    case 'BecauseYouLiked':
      return found(database, 'checks/because-you-liked-path', {
        userId,
        movieId,
        likedIds: (reason.anchors ?? []).map((anchor) => anchor.id),
        // "…, and watched Ronin" names films rated but not liked.
        watchedIds: (reason.watched ?? []).map((movie) => movie.id),
      });
    case 'SharedPerson':
      return found(database, 'checks/shared-person-path', {
        userId,
        anchorId,
        movieId,
        personId: reason.person!.id,
        role: reason.role,
      });
    case 'SharedKeyword':
      return found(database, 'checks/shared-keyword-path', {
        userId,
        anchorId,
        movieId,
        keywords: reason.keywords,
      });
    case 'SharedGenre':
      return found(database, 'checks/shared-genre-path', {
        userId,
        anchorId,
        movieId,
        genres: reason.genres!.map((genre) => genre.name),
      });
    case 'SimilarUsers': {
      const fansOf = reason.fansOf?.id;
      if (fansOf !== undefined) {
        const [row] = await database.read<{ fans: number }>('checks/fans-also-liked', {
          anchorId: fansOf,
          movieId,
          likedRating: LIKED_RATING,
        });
        return reason.count! > 0 && row.fans >= reason.count!;
      }
      return (
        reason.count! > 0 &&
        (await database.read<{ ratingCount: number }>('checks/rating-count', { movieId }))[0]
          .ratingCount >= reason.count!
      );
    }
    case 'Popular':
      // Counted when the models were trained; the suites' own users may have rated it since.
      return (
        reason.ratingCount! > 0 &&
        (await database.read<{ ratingCount: number }>('checks/rating-count', { movieId }))[0]
          .ratingCount >= reason.ratingCount!
      );
    case 'TasteProfile': {
      // A latent match names no film: its evidence is that you rated films and others rated this.
      const [rated] = await database.read<{ count: number }>('checks/user-rating-count', {
        userId,
      });
      const [movie] = await database.read<{ ratingCount: number }>('checks/rating-count', {
        movieId,
      });
      return rated.count > 0 && movie.ratingCount > 0;
    }
    default:
      return false;
  }
}
