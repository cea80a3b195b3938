import { BaselineModel } from './baseline';
import { RECOMMENDER_DEFAULTS } from './config';
import { ContentModel } from './content-model';
import { RatingDataset, RawRating } from './dataset';
import { EaseModel } from './ease';
import { FactorModel } from './factor-model';
import { ItemKnnModel } from './item-knn';
import { learnBlendWeights } from './blend';
import { rmse } from './metrics';
import { randomSplit } from './splits';

/** What the graph knows about a movie, as the content model and in-memory evidence read it. */
export interface MovieFacts {
  id: string;
  year?: number | null;
  genres: readonly string[];
  directors: readonly string[];
  cast: readonly string[];
  keywords: readonly string[];
}

export interface TrainingInput {
  ratings: readonly RawRating[];
  movies: readonly MovieFacts[];
}

export interface TrainingReport {
  trainedAt: string;
  trainingSeconds: number;
  /** RMSE of the served rating blend on the held-out ratings its weights were learned on. */
  heldOutRmse: number;
  heldOutRatings: number;
  ratings: number;
  users: number;
  movies: number;
}

/**
 * Everything the recommender serves from. The catalogue index space is the dataset's items
 * first (rated movies, same indices), then movies nobody has rated, which only the content
 * model and the graph can recommend.
 */
export interface TrainedModels {
  data: RatingDataset;
  catalogue: readonly MovieFacts[];
  baseline: BaselineModel;
  factor: FactorModel;
  knn: ItemKnnModel;
  ease: EaseModel;
  content: ContentModel;
  /** Rating blend [intercept, baseline, factor, knn], learned on held-out ratings. */
  blendWeights: Float64Array;
  report: TrainingReport;
}

/** `genre:Crime`, `director:Michael Mann`, `cast:Al Pacino`, `keyword:heist`. */
export function movieFeatures(movie: MovieFacts): string[] {
  return [
    ...movie.genres.map((genre) => `genre:${genre}`),
    ...movie.directors.map((name) => `director:${name}`),
    ...movie.cast.map((name) => `cast:${name}`),
    ...movie.keywords.map((keyword) => `keyword:${keyword}`),
  ];
}

/** Dataset items in index order, then the movies nobody rated. */
function catalogueOrder(data: RatingDataset, movies: readonly MovieFacts[]): MovieFacts[] {
  const byId = new Map(movies.map((movie) => [movie.id, movie]));
  const empty = (id: string): MovieFacts => ({
    id,
    genres: [],
    directors: [],
    cast: [],
    keywords: [],
  });
  const rated = data.itemIds.map((id) => byId.get(id) ?? empty(id));
  const ratedIds = new Set(data.itemIds);
  return [...rated, ...movies.filter((movie) => !ratedIds.has(movie.id))];
}

const HELD_OUT_FRACTION = 0.02;

/**
 * Fits every model once, on all but 2% of the ratings. The held-out 2% (about 2,000 of ml-latest-small's) learns the four weights
 * of the rating blend and gives the RMSE for the model file's header (so that figure is slightly
 * optimistic; `npm run eval` measures on unseen folds).
 */
export function trainModels(
  { ratings, movies }: TrainingInput,
  defaults = RECOMMENDER_DEFAULTS,
): TrainedModels {
  const startedAt = process.hrtime.bigint();
  const split = randomSplit(ratings, HELD_OUT_FRACTION, defaults.seed);
  const data = RatingDataset.fromRatings(split.train);
  const baseline = BaselineModel.fit(data, defaults.baseline);
  const factor = FactorModel.fit(data, defaults.factorModel);
  const knn = ItemKnnModel.fit(data, defaults.itemKnn);
  const ease = EaseModel.fit(data, defaults.ease);
  const catalogue = catalogueOrder(data, movies);
  const content = ContentModel.fit(catalogue.map(movieFeatures), defaults.content);

  const held = split.test.map(({ userId, movieId }) => [
    data.userIndex(userId),
    data.itemIndex(movieId),
  ]);
  const targets = Float64Array.from(split.test, ({ rating }) => rating);
  const predictions = [baseline, factor, knn].map((model) =>
    Float64Array.from(held, ([u, i]) => model.predict(u, i).estimate),
  );
  const blendWeights = learnBlendWeights(predictions, targets, defaults.blend.ridge);
  const blended = targets.map((_, n) =>
    data.clip(
      predictions.reduce(
        (sum, column, m) => sum + blendWeights[m + 1] * column[n],
        blendWeights[0],
      ),
    ),
  );

  return {
    data,
    catalogue,
    baseline,
    factor,
    knn,
    ease,
    content,
    blendWeights,
    report: {
      trainedAt: new Date().toISOString(),
      trainingSeconds: Number(process.hrtime.bigint() - startedAt) / 1e9,
      heldOutRmse: rmse(blended, targets),
      heldOutRatings: targets.length,
      ratings: ratings.length,
      users: data.nUsers,
      movies: catalogue.length,
    },
  };
}
