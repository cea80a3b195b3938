import type {
  HybridRecommender,
  RatingInput,
  Recommendation,
} from '../recommend/hybrid-recommender';
import type { ReasonChecks } from '../recommend/evaluation/scores';
import { namesEvidence, reasonAnchors } from '../recommend/reasons';

export type { ReasonChecks } from '../recommend/evaluation/scores';

export const NO_CHECKS: ReasonChecks = { anchored: 0, faithful: 0, items: 0, specific: 0 };

/** The relative slack of the removal test: the score must fall by 90% of the stated share. */
const TOLERANCE = 0.1;

/**
 * Checks a user's top items: for each "because you liked X" reason, X (every film it names) is
 * removed from the ratings and the movie re-scored; the reason holds when the score falls by at
 * least its stated share (within 10%). An item is specific when its first reason names a person,
 * a keyword or a liked film.
 */
export function checkReasons(
  recommender: HybridRecommender,
  userId: string,
  ratings: readonly RatingInput[],
  items: readonly Recommendation[],
): ReasonChecks {
  const checks = { ...NO_CHECKS, items: items.length };
  for (const item of items) {
    if (namesEvidence(item.reasons[0])) checks.specific++;
    const before = recommender.scoreOf(ratings, item.movieId, userId);
    for (const reason of item.reasons.filter(namesEvidence)) {
      const removed = new Set(reasonAnchors(reason));
      const after = recommender.scoreOf(
        ratings.filter((rating) => !removed.has(rating.movieId)),
        item.movieId,
        userId,
      );
      checks.anchored++;
      if (before > 0 && before - after >= (1 - TOLERANCE) * reason.weight * before)
        checks.faithful++;
    }
  }
  return checks;
}

export function addChecks(a: ReasonChecks, b: ReasonChecks): ReasonChecks {
  return {
    anchored: a.anchored + b.anchored,
    faithful: a.faithful + b.faithful,
    items: a.items + b.items,
    specific: a.specific + b.specific,
  };
}
