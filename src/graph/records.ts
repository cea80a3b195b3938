/** Plain rows as the repositories return them; GraphQL types and the recommender build on these. */
export interface MovieRecord {
  id: string;
  title: string;
  year: number | null;
  imdbId: number | null;
  tmdbId: number | null;
}

export interface PersonRecord {
  id: string;
  name: string;
}

export interface UserRecord {
  id: string;
  name: string;
  /** Null for dataset users, who have no account to sign in to. */
  email: string | null;
}

export interface RatingRecord {
  userId: string;
  movieId: string;
  value: number;
  ratedAt: Date;
}

export interface RatingStats {
  count: number;
  average: number | null;
}

export interface GenreRecord {
  name: string;
  movieCount: number;
}

export interface PageRequest {
  offset: number;
  limit: number;
  /** The id of the item the page follows, when the cursor carries one: lists that can seek to it do. */
  afterKey?: string;
}

export interface Page<T> {
  total: number;
  items: T[];
}
