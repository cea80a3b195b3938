/**
 * The weight of each kind of term in a movie's score. Every term is one piece of evidence:
 * - `itemItem`: w(j→i)·f(rating of j), the learned item–item weight from each rated movie j;
 * - `director`, `actor`, `keyword`: per liked movie and per director, actor or plot keyword it
 *   shares with the candidate;
 * - `genre`: the candidate's genres, each by log(1 + liked movies in it), averaged;
 * - `popularity`: log(1 + ratings), scaled to 0–1 over the catalogue;
 * - `similarUsers`: log(1 + how many of the users who share most of your likes liked it);
 * - `taste`: how much better the movie matches the user's folded-in taste profile (the implicit
 *   factor model) than a typically watched movie does, x_u·y_i − x_u·ȳ with ȳ the item factors'
 *   mean over every rating (a latent term: its reason says "matches your taste profile", it names
 *   no film). x_u·ȳ is the same for every movie of a user, so it leaves the ranking as it is;
 *   it keeps out of the reasons the part of the match that every movie shares.
 */
export interface TermWeights {
  itemItem: number;
  director: number;
  actor: number;
  keyword: number;
  genre: number;
  popularity: number;
  similarUsers: number;
  taste: number;
}

/** f(rating): how a rating counts in the item–item terms. */
export interface RatingValues {
  liked: number;
  neutral: number;
  disliked: number;
}

export const NO_TERMS: TermWeights = {
  itemItem: 0,
  director: 0,
  actor: 0,
  keyword: 0,
  genre: 0,
  popularity: 0,
  similarUsers: 0,
  taste: 0,
};

/**
 * The served defaults, in one place. `terms` and `ratingValues` were fitted for NDCG@10 on a
 * validation split carved from ml-latest-small's top-N training ratings (`npm run fit:weights`,
 * see docs/evaluation.md) with `--min-specificity 0.85`: on the validation users at least 85% of
 * the top 10 items' first reasons name a person, a keyword or a liked film.
 */
export const SCORER_DEFAULTS = {
  /** A rating at or above this is "liked": it anchors "because you liked" reasons. */
  likedRating: 4,
  /** A rating at or below this is "disliked" (a dismissed movie counts as 1.0). */
  dislikedRating: 1,
  ratingValues: { liked: 1, neutral: 0.84375, disliked: -0.2109375 } satisfies RatingValues,
  terms: {
    itemItem: 1,
    director: 0.015,
    actor: 0.015,
    keyword: 0.0025,
    genre: 0.03,
    popularity: 0.03,
    similarUsers: 0.015,
    taste: 0.225,
  } satisfies TermWeights,
  /** How many of the users who share most of your likes count as "similar users". */
  similarUsers: 50,
  /** Liked movies (best and newest first) that pick the similar users. */
  similarUserAnchors: 50,
  /** Users with this many ratings or fewer also read how popular a movie is. */
  fewRatings: 5,
  /** Reasons shown per movie at most. */
  maxReasons: 3,
  /**
   * Rated films named together in one "because you liked" (or "watched") reason at most; its
   * sentence titles three (see reasonText), its anchors and path hold them all. Ten films at 2%
   * instead of five at 5%: specificity@10 0.82 → 0.92 on ml-latest-small, rankings unchanged.
   */
  maxCombinedAnchors: 10,
  /** A film joins the strongest one's reason when its terms are at least this share of it. */
  combineShare: 0.02,
  /** Users with no ratings: popular movies, each genre's weight shrinking as it repeats. */
  diversityPenalty: 0.6,
};

export type ScorerConfig = typeof SCORER_DEFAULTS;
