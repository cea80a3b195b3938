import { MovieRecord } from '../../graph/records';
import { Recommendation as ScoredMovie } from '../../recommend/hybrid-recommender';
import { Reason as ReasonRecord, ReasonAudience, reasonText } from '../../recommend/reasons';
import { loadAll, Loaders } from '../loaders';
import { Recommendation } from './recommendation.type';
import { PersonRole, Reason } from './reason.type';

export const titleWithYear = (movie: MovieRecord) =>
  movie.year === null ? movie.title : `${movie.title} (${movie.year})`;

function reasonView(
  reason: ReasonRecord,
  movies: Map<string, MovieRecord>,
  audience: ReasonAudience,
): Reason & Record<string, unknown> {
  const text = reasonText(reason, (id) => titleWithYear(movies.get(id)!), audience);
  const base = { kind: reason.kind, text, weight: reason.weight };
  switch (reason.kind) {
    case 'BecauseYouLiked':
      return { ...base, anchor: movies.get(reason.anchorId), similarity: reason.similarity };
    case 'SharedPerson':
      return {
        ...base,
        anchor: movies.get(reason.anchorId),
        person: { id: reason.personId, name: reason.personName },
        role: reason.role === 'DIRECTOR' ? PersonRole.DIRECTOR : PersonRole.ACTOR,
      };
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
  }
}

const anchorOf = (reason: ReasonRecord): string[] =>
  'anchorId' in reason && reason.anchorId !== undefined ? [reason.anchorId] : [];

/**
 * Turns scored movies into GraphQL recommendations: loads the movies and every anchor in one
 * batch and writes each reason's sentence. Movies gone from the graph since training are dropped.
 */
export async function recommendationViews(
  items: ScoredMovie[],
  loaders: Loaders,
  audience: ReasonAudience = 'user',
): Promise<Recommendation[]> {
  const ids = [
    ...new Set(items.flatMap((item) => [item.movieId, ...item.reasons.flatMap(anchorOf)])),
  ];
  const loaded = await loadAll(loaders.movie, ids);
  const movies = new Map(
    loaded.flatMap((movie) => (movie === null ? [] : [[movie.id, movie] as const])),
  );
  return items
    .filter(
      (item) =>
        movies.has(item.movieId) && item.reasons.flatMap(anchorOf).every((id) => movies.has(id)),
    )
    .map((item) => ({
      movie: movies.get(item.movieId)!,
      score: item.score,
      predictedRating: item.predictedRating,
      reasons: item.reasons.map((reason) => reasonView(reason, movies, audience)),
    }));
}
