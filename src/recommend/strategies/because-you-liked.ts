import { acceptsMovie, type CandidateFilter } from '../candidate-filter';
import type { RatingInput, Recommendation, Recommender, RecommendRequest } from '../contract';
import { topK } from '../ranking';
import type { Reason } from '../reasons';
import type { TermWeights } from '../scoring/scorer-config';
import type { UserProfile } from '../scoring/user-profile';
import type { ScoringContext } from './scoring-context';

export interface RecommendationRow {
  anchorId: string;
  items: Recommendation[];
}

/** Candidates whose terms are listed per row of "because you liked", per movie asked for. */
const ROW_POOL_FACTOR = 4;

/**
 * "Because you liked X" rows: the hybrid's best movies, each in the row of the liked film that
 * carries it most, so a row's title is one of its movies' own reasons; no movie in two rows.
 * As a flat list (`recommend`), the movies of the rows in order.
 */
export class BecauseYouLiked implements Recommender {
  readonly name = 'because you liked';

  constructor(
    private readonly context: ScoringContext,
    readonly weights: TermWeights,
  ) {}

  recommend(request: RecommendRequest): Recommendation[] {
    const profile = this.context.profile(request.ratings, request.userId);
    return this.anchored(profile, request, request.first)
      .map(({ item }) => item)
      .slice(0, request.first);
  }

  rows(
    ratings: readonly RatingInput[],
    rows: number,
    perRow: number,
    filter?: CandidateFilter,
  ): RecommendationRow[] {
    const profile = this.context.profile(ratings, null);
    const anchored = this.anchored(profile, { ratings, first: rows * perRow, filter }, perRow);
    const byAnchor = new Map<string, Recommendation[]>();
    for (const { anchorId, item } of anchored) {
      const row = byAnchor.get(anchorId) ?? [];
      if (row.length < perRow) byAnchor.set(anchorId, [...row, item]);
    }
    return profile.liked
      .map((index) => this.context.catalogue[index].id)
      .filter((anchorId) => byAnchor.has(anchorId))
      .slice(0, rows)
      .map((anchorId) => ({ anchorId, items: byAnchor.get(anchorId)! }));
  }

  /** The best movies that a liked film carries, each with that film. */
  private anchored(
    profile: UserProfile,
    { ratings, first, filter }: Pick<RecommendRequest, 'ratings' | 'first' | 'filter'>,
    perRow: number,
  ): { anchorId: string; item: Recommendation }[] {
    const { context } = this;
    if (profile.liked.length === 0) return [];
    const accept = acceptsMovie(filter);
    const scores = context.scorer.scoreAll(profile, this.weights);
    const pool = topK(
      scores,
      ROW_POOL_FACTOR * Math.max(first, perRow),
      (index) => profile.ratings.has(index) || !accept(context.catalogue[index]),
    );
    const predict = context.pickRatingPredictor(ratings);
    return Array.from(pool).flatMap((index) => {
      const item = context.scored(profile, index, this.weights, predict);
      const anchorId = item.reasons
        .map((reason) => likedAnchorOf(reason, profile, context.catalogueIndex))
        .find((id) => id !== undefined);
      return anchorId === undefined ? [] : [{ anchorId, item }];
    });
  }
}

/** The liked film a reason is anchored on, if it is one of the user's liked films. */
function likedAnchorOf(
  reason: Reason,
  profile: UserProfile,
  catalogueIndex: ReadonlyMap<string, number>,
): string | undefined {
  if (reason.kind === 'SharedGenre' || reason.kind === 'SimilarUsers') return undefined;
  const anchorId =
    reason.kind === 'BecauseYouLiked'
      ? reason.anchorIds[0]
      : 'anchorId' in reason
        ? reason.anchorId
        : undefined;
  if (anchorId === undefined) return undefined;
  const index = catalogueIndex.get(anchorId);
  return index !== undefined && profile.liked.includes(index) ? anchorId : undefined;
}
