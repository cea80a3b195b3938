import type { RatingDataset } from '../dataset';
import type { WeightedSource } from '../item-item/sparse-item-model';
import type { MovieFacts } from '../trained-models';
import { likedFans } from './liked-fans';
import type { RatingValues, ScorerConfig } from './scorer-config';

export interface RatingInput {
  movieId: string;
  rating: number;
  /** Unix seconds; newer likes come first among equal ratings. */
  ratedAt?: number;
}

/** How a user's rating of one catalogue movie counts. */
export type Feeling = 'liked' | 'neutral' | 'disliked';

/** A user as the scorer sees them: their ratings in catalogue indices, sorted best and newest first. */
export interface UserProfile {
  /** Catalogue index → rating, for every rated movie the models know. */
  readonly ratings: ReadonlyMap<number, number>;
  /** Liked movies, best and newest first: the anchors of path terms and reasons. */
  readonly liked: readonly number[];
  /** The item–item sources: rated movies known to the item–item model, with f(rating). */
  readonly sources: readonly WeightedSource[];
  /** How many liked movies each genre has. */
  readonly genreLikes: ReadonlyMap<string, number>;
  /** The training users who share most of the liked movies (dataset user indices). */
  readonly similarUsers: readonly number[];
}

export function feeling(rating: number, config: ScorerConfig): Feeling {
  if (rating >= config.likedRating) return 'liked';
  if (rating <= config.dislikedRating) return 'disliked';
  return 'neutral';
}

export const ratingValue = (rating: number, config: ScorerConfig, values: RatingValues): number =>
  values[feeling(rating, config)];

/**
 * Builds the profile of whoever has these ratings (a user, or a movie someone looks at, as one
 * liked rating). `selfIndex` keeps a training user out of their own similar users.
 */
export function userProfile(
  ratings: readonly RatingInput[],
  context: {
    data: RatingDataset;
    catalogueIndex: ReadonlyMap<string, number>;
    catalogue: readonly MovieFacts[];
    config: ScorerConfig;
    selfIndex?: number;
  },
): UserProfile {
  const { data, catalogueIndex, catalogue, config } = context;
  const ordered = [...ratings].sort(
    (a, b) => b.rating - a.rating || (b.ratedAt ?? 0) - (a.ratedAt ?? 0),
  );
  const byIndex = new Map<number, number>();
  for (const { movieId, rating } of ordered) {
    const index = catalogueIndex.get(movieId);
    if (index !== undefined && !byIndex.has(index)) byIndex.set(index, rating);
  }
  const liked = [...byIndex]
    .filter(([, rating]) => feeling(rating, config) === 'liked')
    .map(([index]) => index);
  const sources = [...byIndex]
    .filter(([index]) => index < data.nItems)
    .map(([itemIndex, rating]) => ({
      itemIndex,
      value: ratingValue(rating, config, config.ratingValues),
    }));
  const genreLikes = new Map<string, number>();
  for (const index of liked) {
    for (const genre of catalogue[index].genres)
      genreLikes.set(genre, (genreLikes.get(genre) ?? 0) + 1);
  }
  return {
    ratings: byIndex,
    liked,
    sources,
    genreLikes,
    similarUsers: similarUsers(
      data,
      liked.slice(0, config.similarUserAnchors),
      config,
      context.selfIndex ?? -1,
    ),
  };
}

/**
 * The users who liked the most of these movies, most overlap first (lower index on ties). On the
 * ML-25M shape the anchors' fans number in the hundreds of thousands, so overlaps are counted in
 * a typed array and the top ones picked by overlap bucket, without sorting every fan.
 */
function similarUsers(
  data: RatingDataset,
  anchors: readonly number[],
  config: ScorerConfig,
  self: number,
): number[] {
  const overlap = new Int32Array(data.nUsers);
  const { pointers, users } = likedFans(data, config.likedRating);
  let most = 0;
  for (const anchor of anchors) {
    if (anchor >= data.nItems) continue;
    for (let p = pointers[anchor]; p < pointers[anchor + 1]; p++) {
      const user = users[p];
      if (user !== self) {
        const count = ++overlap[user];
        if (count > most) most = count;
      }
    }
  }
  const perOverlap = new Int32Array(most + 1);
  for (let user = 0; user < overlap.length; user++) perOverlap[overlap[user]]++;
  const wanted = Math.min(config.similarUsers, overlap.length - perOverlap[0]);
  if (wanted === 0) return [];
  // The smallest overlap that still makes the cut, and how many users at it make it.
  let cut = most;
  let above = 0;
  while (above + perOverlap[cut] < wanted) above += perOverlap[cut--];
  let atCut = wanted - above;
  const picked: number[] = [];
  for (let user = 0; user < overlap.length; user++) {
    const count = overlap[user];
    if (count > cut || (count === cut && atCut-- > 0)) picked.push(user);
  }
  // Ascending users, so a stable sort by overlap keeps the lower index first on ties.
  return picked.sort((a, b) => overlap[b] - overlap[a]);
}
