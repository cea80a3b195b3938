import { existsSync } from 'node:fs';
import { imdbMetadata, mlLatestSmall } from '../../seed/shared-datasets';
import { movieLensCatalogue } from '../../seed/sources/movielens';
import type { RawRating } from '../../src/recommend/dataset';
import { mulberry32 } from '../../src/recommend/random';
import type { MovieFacts, RecordTrainingInput } from '../../src/recommend/trained-models';

/** ml-latest-small as the seeder reads it: genres, tags, and IMDb credits when present. */
export async function loadMlLatestSmall(): Promise<RecordTrainingInput> {
  const catalogue = await movieLensCatalogue(mlLatestSmall, {
    metadataFile: existsSync(imdbMetadata) ? imdbMetadata : undefined,
    onIssue: () => {},
  });
  const ratings: RawRating[] = [];
  for await (const batch of catalogue.ratings) {
    for (const { userId, movieId, rating } of batch) ratings.push({ userId, movieId, rating });
  }
  return { ratings, movies: catalogue.movies };
}

/**
 * 60 users rating about 40% of 50 movies (seeded), and 60 movies with features from small pools,
 * ten of them never rated.
 */
export function syntheticTrainingInput(): RecordTrainingInput {
  const random = mulberry32(11);
  const pick = (pool: readonly string[], count: number) =>
    Array.from({ length: count }, () => pool[Math.floor(random() * pool.length)]);
  const movies: MovieFacts[] = Array.from({ length: 60 }, (_, m) => ({
    id: `m${m}`,
    year: 1970 + m,
    genres: pick(['Drama', 'Crime', 'Comedy', 'Horror', 'Sci-Fi'], 2),
    directors: pick(['Mann', 'Nolan', 'Bigelow', 'Varda'], 1),
    cast: pick(['Pacino', 'De Niro', 'Weaver', 'Chan', 'Binoche', 'Kidman'], 3),
    keywords: pick(['heist', 'space', 'family', 'revenge'], 1),
  }));
  const ratings: RawRating[] = [];
  for (let u = 0; u < 60; u++) {
    for (let m = 0; m < 50; m++) {
      if (random() < 0.4) {
        const taste = (u % 5) - (m % 5) === 0 ? 1.5 : 0;
        const rating = Math.min(5, 0.5 + Math.floor(random() * 8) / 2 + taste);
        ratings.push({ userId: `u${u}`, movieId: `m${m}`, rating });
      }
    }
  }
  return { ratings, movies };
}
