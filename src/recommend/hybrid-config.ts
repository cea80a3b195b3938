export type Strategy = 'HYBRID' | 'COLLABORATIVE' | 'CONTENT' | 'GRAPH';

/**
 * Weights of the z-scored evidence. First stage over the whole catalogue: `ease` (EASE^R on
 * interactions), `factor` (biased MF, the user folded in), `content` (TF-IDF cosine with the
 * user's profile), `popularity` (log rating count). Second stage over the best `pool`: `knn`
 * (item–item estimate) and `graph` (shared directors, actors, genres, similar users).
 */
export interface ComponentWeights {
  ease: number;
  factor: number;
  content: number;
  popularity: number;
  knn: number;
  graph: number;
}

const none: ComponentWeights = { ease: 0, factor: 0, content: 0, popularity: 0, knn: 0, graph: 0 };

/**
 * The served defaults, in one place. HYBRID's weights were chosen on a validation split carved
 * from ml-latest-small's training ratings (see docs/evaluation.md); the others are the
 * strategies' definitions.
 */
export const HYBRID_DEFAULTS = {
  /** A rating at or above this counts as "liked": anchors of explanations and graph paths. */
  likedRating: 4,
  /** At most this many liked movies anchor the graph evidence, best and newest first. */
  maxAnchors: 50,
  /** Candidates that reach the second stage (kNN explanations and Cypher evidence). */
  pool: 50,
  /** Users with at most this many ratings are ranked with the cold-start weights. */
  coldStartMaxRatings: 5,
  weights: {
    HYBRID: { ...none, ease: 1, factor: 0.1, content: 0.05, graph: 0.1 },
    COLLABORATIVE: { ...none, ease: 1, factor: 0.25, knn: 0.25 },
    CONTENT: { ...none, content: 1, popularity: 0.05 },
    GRAPH: { ...none, content: 0.2, graph: 1 },
  } satisfies Record<Strategy, ComponentWeights>,
  coldStart: {
    ...none,
    ease: 0.3,
    content: 1,
    popularity: 0.3,
    knn: 0.2,
    graph: 1,
  } satisfies ComponentWeights,
  /** With no ratings at all: popular movies, each genre's weight shrinking as it repeats. */
  diversityPenalty: 0.6,
};

export type HybridConfig = typeof HYBRID_DEFAULTS;
