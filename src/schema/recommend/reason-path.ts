import type { MovieRecord } from '../../graph/records';
import type { Reason as ReasonRecord, ReasonAudience } from '../../recommend/reasons';
import { displayTitle } from '../movie/display-title';
import { PathNodeKind, type PathStep } from './reason.type';

/** A movie as people write it in reasons and paths: "The Matrix (1999)" for "Matrix, The". */
export const titleWithYear = (movie: MovieRecord) => displayTitle(movie.title, movie.year);

const people = (count: number) => `${count} ${count === 1 ? 'person' : 'people'}`;

/**
 * The path in the graph a reason stands for, from the user (or the movie someone is looking at)
 * to the recommended movie, e.g. You -liked-> Heat (1995) -directed by-> Michael Mann -directed->
 * Collateral (2004). Each step names the relation followed into its node.
 */
export function reasonPath(
  reason: ReasonRecord,
  movieId: string,
  movies: ReadonlyMap<string, MovieRecord>,
  audience: ReasonAudience,
): PathStep[] {
  const movie = (id: string) => ({
    kind: PathNodeKind.MOVIE,
    id,
    label: titleWithYear(movies.get(id)!),
  });
  const step = (via: string | null, node: PathStep['node']): PathStep => ({ via, node });
  const you = step(null, { kind: PathNodeKind.YOU, id: null, label: 'You' });
  const target = movie(movieId);
  /** The start of a path through an anchor: you and the film you liked, or the film itself. */
  const from = (anchorId: string, liked = true): PathStep[] =>
    audience === 'user'
      ? [you, step(liked ? 'liked' : 'rated', movie(anchorId))]
      : [step(null, movie(anchorId))];
  switch (reason.kind) {
    case 'BecauseYouLiked': {
      const liked = reason.anchorIds.length > 0;
      const anchorId = liked ? reason.anchorIds[0] : reason.watchedIds[0];
      return [...from(anchorId, liked), step('similar', target)];
    }
    case 'SharedPerson': {
      const person = { kind: PathNodeKind.PERSON, id: reason.personId, label: reason.personName };
      return reason.role === 'DIRECTOR'
        ? [...from(reason.anchorId), step('directed by', person), step('directed', target)]
        : [...from(reason.anchorId), step('with', person), step('acted in', target)];
    }
    case 'SharedKeyword': {
      const [keyword] = reason.keywords;
      const node = { kind: PathNodeKind.KEYWORD, id: keyword, label: keyword };
      return [...from(reason.anchorId), step('has keyword', node), step('keyword of', target)];
    }
    case 'SharedGenre': {
      const [genre] = reason.genres;
      const node = { kind: PathNodeKind.GENRE, id: genre, label: genre };
      return [...from(reason.anchorId), step('in genre', node), step('genre of', target)];
    }
    case 'SimilarUsers': {
      if (reason.anchorId !== undefined) {
        const fans = { kind: PathNodeKind.USERS, id: null, label: people(reason.count) };
        return [...from(reason.anchorId), step('liked by', fans), step('also liked', target)];
      }
      const users = {
        kind: PathNodeKind.USERS,
        id: null,
        label: `${people(reason.count)} like you`,
      };
      return [you, step('tastes like', users), step('liked', target)];
    }
    case 'Popular': {
      const users = { kind: PathNodeKind.USERS, id: null, label: people(reason.ratingCount) };
      return [step(null, users), step('rated', target)];
    }
    case 'TasteProfile':
      return audience === 'user'
        ? [you, step('taste profile matches', target)]
        : [
            step(null, { kind: PathNodeKind.USERS, id: null, label: 'its fans' }),
            step('taste profile matches', target),
          ];
  }
}
