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

/** A movie that can be watched on a streaming service in one country (ISO 3166-1 alpha-2). */
export interface CatalogueAvailability {
  movieId: string;
  provider: string;
  region: string;
}

export interface Catalogue {
  source: string;
  movies: CatalogueMovie[];
  /** Users with names; users that only appear in ratings get a generated name. */
  users: CatalogueUser[];
  ratings: AsyncIterable<CatalogueRating[]>;
  /** Where the movies can be watched, from an availability file; none when absent. */
  availability?: CatalogueAvailability[];
  /** Total ratings, exact or estimated from the file size, for the progress bar and the loader choice. */
  expectedRatings?: number;
}
