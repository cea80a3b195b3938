/** What every source (demo, MovieLens, …) hands to the graph loader. */
export interface CatalogueMovie {
  id: string;
  title: string;
  year: number | null;
  genres: string[];
  imdbId?: number;
  tmdbId?: number;
  directors: string[];
  /** Lead actors, in the order the source lists them (IMDb 5000: not billing order). */
  cast: string[];
  keywords: string[];
}

export interface CatalogueUser {
  id: string;
  name: string;
}

export interface CatalogueRating {
  userId: string;
  movieId: string;
  rating: number;
  /** Unix seconds. */
  ratedAt: number;
}

export interface Catalogue {
  source: string;
  movies: CatalogueMovie[];
  /** Users with names; users that only appear in ratings get a generated name. */
  users: CatalogueUser[];
  ratings: AsyncIterable<CatalogueRating[]>;
  /** Total ratings, exact or estimated from the file size, for the progress bar and the loader choice. */
  expectedRatings?: number;
}
