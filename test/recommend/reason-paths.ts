import { Database } from '../../src/graph/database';
import { HYBRID_DEFAULTS } from '../../src/recommend/hybrid-config';

export interface ReasonView {
  __typename: string;
  text: string;
  weight: number;
  anchor?: { id: string };
  fansOf?: { id: string } | null;
  person?: { id: string };
  role?: string;
  genres?: { name: string }[];
  count?: number;
  ratingCount?: number;
}

export const REASON_FIELDS = `
  __typename text weight
  ... on BecauseYouLiked { anchor { id } similarity }
  ... on SharedPerson { anchor { id } person { id name } role }
  ... on SharedGenre { anchor { id } genres { name } }
  ... on SimilarUsers { count fansOf { id } }
  ... on Popular { ratingCount }`;

/** What the recommender counts as liked (HYBRID_DEFAULTS.likedRating). */
const LIKED_RATING = HYBRID_DEFAULTS.likedRating;

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
      return found(database, 'checks/because-you-liked-path', { userId, anchorId, movieId });
    case 'SharedPerson':
      return found(database, 'checks/shared-person-path', {
        userId,
        anchorId,
        movieId,
        personId: reason.person!.id,
        role: reason.role,
      });
    case 'SharedGenre':
      return found(database, 'checks/shared-genre-path', {
        userId,
        anchorId,
        movieId,
        genres: reason.genres!.map((genre) => genre.name),
      });
    case 'SimilarUsers':
      if (anchorId !== undefined) {
        const [row] = await database.read<{ fans: number }>('checks/fans-also-liked', {
          anchorId,
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
    case 'Popular':
      return (
        (await database.read<{ ratingCount: number }>('checks/rating-count', { movieId }))[0]
          .ratingCount === reason.ratingCount
      );
    default:
      return false;
  }
}
