import path from 'node:path';
import { detectMovieLensFormat, type MovieLensFormat, type ParseIssue } from '../../seed/formats';
import { movieLensCatalogue } from '../../seed/sources/movielens';
import type { RawRating } from '../recommend/dataset';
import type { MovieFacts } from '../recommend/trained-models';

export interface EvalDataset {
  /** The folder's name, e.g. `ml-latest-small`. */
  name: string;
  dir: string;
  format: MovieLensFormat;
  /** As the seeder puts them in the graph: MovieLens genres and tags, IMDb credits if given. */
  movies: MovieFacts[];
  ratings: RawRating[];
  issues: ParseIssue[];
}

/** Reads a MovieLens folder (any format) exactly as `npm run seed -- movielens` does. */
export async function loadEvalDataset(dir: string, metadataFile?: string): Promise<EvalDataset> {
  const issues: ParseIssue[] = [];
  const format = await detectMovieLensFormat(dir);
  const catalogue = await movieLensCatalogue(dir, {
    metadataFile,
    onIssue: (issue) => issues.push(issue),
  });
  const ratings: RawRating[] = [];
  for await (const batch of catalogue.ratings) {
    for (const { userId, movieId, rating } of batch) ratings.push({ userId, movieId, rating });
  }
  return {
    name: path.basename(path.resolve(dir)),
    dir,
    format,
    movies: catalogue.movies,
    ratings,
    issues,
  };
}
