import type { MovieRecord } from '../../graph/records';
import type { Recommendation as ScoredMovie } from '../../recommend/hybrid-recommender';
import {
  reasonAnchors,
  reasonText,
  type Reason as ReasonRecord,
  type ReasonAudience,
} from '../../recommend/reasons';
import { loadAll, type Loaders } from '../loaders';
import { reasonPath, titleWithYear } from './reason-path';
import { PersonRole, type Reason } from './reason.type';
import type { RankingComponent, Recommendation } from './recommendation.type';

function reasonView(
  reason: ReasonRecord,
  movieId: string,
  movies: Map<string, MovieRecord>,
  audience: ReasonAudience,
): Reason & Record<string, unknown> {
  const text = reasonText(reason, (id) => titleWithYear(movies.get(id)!), audience);
  const path = reasonPath(reason, movieId, movies, audience);
  const base = { kind: reason.kind, text, weight: reason.weight, path };
  switch (reason.kind) {
    case 'BecauseYouLiked': {
      const anchors = reason.anchorIds.map((id) => movies.get(id));
      const watched = reason.watchedIds.map((id) => movies.get(id));
      return {
        ...base,
        anchor: anchors[0] ?? watched[0],
        anchors,
        watched,
        similarity: reason.similarity,
      };
    }
    case 'SharedPerson':
      return {
        ...base,
        anchor: movies.get(reason.anchorId),
        person: { id: reason.personId, name: reason.personName },
        role: reason.role === 'DIRECTOR' ? PersonRole.DIRECTOR : PersonRole.ACTOR,
      };
    case 'SharedKeyword':
      return { ...base, anchor: movies.get(reason.anchorId), keywords: reason.keywords };
    case 'SharedGenre':
      return {
        ...base,
        anchor: movies.get(reason.anchorId),
        genre: { name: reason.genres[0] },
        genres: reason.genres.map((name) => ({ name })),
      };
    case 'SimilarUsers':
      return {
        ...base,
        count: reason.count,
        fansOf: reason.anchorId === undefined ? null : movies.get(reason.anchorId),
      };
    case 'Popular':
      return { ...base, ratingCount: reason.ratingCount };
    case 'TasteProfile':
      return base;
  }
}

/**
 * Turns scored movies into GraphQL recommendations: loads the movies and every anchor in one
 * batch (as read within the last minute) and writes each reason's sentence and path. Movies gone
 * from the graph since training are dropped.
 */
export async function recommendationViews(
  items: readonly ScoredMovie[],
  loaders: Loaders,
  audience: ReasonAudience = 'user',
): Promise<Recommendation[]> {
  const ids = [
    ...new Set(items.flatMap((item) => [item.movieId, ...item.reasons.flatMap(reasonAnchors)])),
  ];
  const loaded = await loadAll(loaders.recentMovie, ids);
  const movies = new Map(
    loaded.flatMap((movie) => (movie === null ? [] : [[movie.id, movie] as const])),
  );
  return items
    .filter(
      (item) =>
        movies.has(item.movieId) &&
        item.reasons.flatMap(reasonAnchors).every((id) => movies.has(id)),
    )
    .map((item) => ({
      movie: movies.get(item.movieId)!,
      score: item.score,
      predictedRating: item.predictedRating,
      rankedBy: item.rankedBy as RankingComponent,
      reasons: item.reasons.map((reason) => reasonView(reason, item.movieId, movies, audience)),
    }));
}
