import { GraphEvidence } from './evidence';
import { Reason } from './reasons';

export interface Attribution {
  /** The user's rated movie that pulled this one up most in the item–item model. */
  anchorId: string;
  similarity: number;
}

/** Item–item similarities below this are too weak to name as a reason. */
const MIN_SIMILARITY = 0.05;

const PERSON_WEIGHT = { DIRECTOR: 1, ACTOR: 0.6 } as const;
const MAX_PERSON_REASONS = 2;

/** First path per person, in anchor order (anchors come best first). */
function personReasons(evidence: GraphEvidence, anchorRank: (id: string) => number): Reason[] {
  const byPerson = new Map<string, Reason & { kind: 'SharedPerson' }>();
  const paths = [...evidence.directors, ...evidence.actors].sort(
    (a, b) => anchorRank(a.anchorId) - anchorRank(b.anchorId),
  );
  for (const path of paths) {
    if (byPerson.has(path.personId)) continue;
    byPerson.set(path.personId, {
      kind: 'SharedPerson',
      personId: path.personId,
      personName: path.name,
      role: path.role,
      anchorId: path.anchorId,
      weight: PERSON_WEIGHT[path.role],
    });
  }
  return [...byPerson.values()].sort((a, b) => b.weight - a.weight).slice(0, MAX_PERSON_REASONS);
}

/** The anchor sharing the most genres with the candidate (the better anchor on ties). */
function genreReason(
  evidence: GraphEvidence,
  anchorRank: (id: string) => number,
): Reason | undefined {
  const byAnchor = new Map<string, string[]>();
  for (const { anchorId, genre } of evidence.genres)
    byAnchor.set(anchorId, [...(byAnchor.get(anchorId) ?? []), genre]);
  const [best] = [...byAnchor].sort(
    (a, b) => b[1].length - a[1].length || anchorRank(a[0]) - anchorRank(b[0]),
  );
  if (best === undefined) return undefined;
  const genres = [...new Set(best[1])].sort();
  return {
    kind: 'SharedGenre',
    genres,
    anchorId: best[0],
    weight: 0.15 * Math.min(genres.length, 3),
  };
}

/**
 * The reasons for one recommendation, strongest first, weights summing to 1. Shared people and
 * item–item attribution come first; genres only when nothing more specific ties the two; the
 * popularity reason when nothing else does (or when asked, for users with few ratings).
 * `fansOf` says the similar users are the fans of that one movie rather than of the user's likes.
 */
export function explain(
  evidence: GraphEvidence | undefined,
  attribution: Attribution | undefined,
  anchorIds: readonly string[],
  { mentionPopularity = false, fansOf }: { mentionPopularity?: boolean; fansOf?: string } = {},
): Reason[] {
  const rank = new Map(anchorIds.map((id, index) => [id, index]));
  const anchorRank = (id: string) => rank.get(id) ?? anchorIds.length;
  const reasons: Reason[] = evidence ? personReasons(evidence, anchorRank) : [];
  if (attribution && attribution.similarity >= MIN_SIMILARITY) {
    reasons.push({
      kind: 'BecauseYouLiked',
      anchorId: attribution.anchorId,
      similarity: attribution.similarity,
      weight: 0.8 * attribution.similarity + 0.2,
    });
  }
  if (evidence && reasons.length === 0) {
    const genre = genreReason(evidence, anchorRank);
    if (genre) reasons.push(genre);
  }
  if (evidence && evidence.similarUsers > 0) {
    reasons.push({
      kind: 'SimilarUsers',
      count: evidence.similarUsers,
      ...(fansOf === undefined ? {} : { anchorId: fansOf }),
      weight: 0.1 * Math.log1p(evidence.similarUsers),
    });
  }
  if (evidence && evidence.ratingCount > 0 && (reasons.length === 0 || mentionPopularity)) {
    reasons.push({ kind: 'Popular', ratingCount: evidence.ratingCount, weight: 0.1 });
  }
  const total = reasons.reduce((sum, reason) => sum + reason.weight, 0);
  return reasons
    .map((reason) => ({ ...reason, weight: reason.weight / total }))
    .sort((a, b) => b.weight - a.weight);
}
