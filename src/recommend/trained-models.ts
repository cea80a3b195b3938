import { BaselineModel } from './baseline';
import { RECOMMENDER_DEFAULTS } from './config';
import { RatingDataset, RawRating } from './dataset';
import { SparseItemModel } from './item-item/sparse-item-model';
import { FactorModel } from './factor-model';
import { ImplicitFactorModel } from './implicit-factors';
import { learnRatingBlend, type HeldOutRatings } from './rating-blend';
import { mulberry32 } from './random';
import { RatingColumns } from './rating-columns';

/** What the graph knows about a movie, as the content model and in-memory evidence read it. */
export interface MovieFacts {
  id: string;
  year?: number | null;
  genres: readonly string[];
  directors: readonly string[];
  cast: readonly string[];
  keywords: readonly string[];
}

/** Training input read from the graph: the ratings as records. */
export type RecordTrainingInput = TrainingInput & { ratings: readonly RawRating[] };

export interface TrainingInput {
  /** As records (the graph's answer) or as columns streamed in (large files). */
  ratings: readonly RawRating[] | RatingColumns;
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
  /** The sparse item–item weights the scorer ranks with. */
  itemItem: SparseItemModel;
  /** The implicit-feedback factors behind the scorer's taste-profile term. */
  taste: ImplicitFactorModel;
  /** Rating blend [intercept, baseline, factor, neighbourhood], learned on held-out ratings. */
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
export function catalogueOrder(data: RatingDataset, movies: readonly MovieFacts[]): MovieFacts[] {
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

/** The defaults' shape, with numbers that training may adjust (e.g. the capped epochs). */
type Adjustable<T> = T extends number
  ? number
  : T extends object
    ? { readonly [K in keyof T]: Adjustable<T[K]> }
    : T;

export type RecommenderDefaults = Adjustable<typeof RECOMMENDER_DEFAULTS>;

/** What the rating models are fitted from. */
export interface RatingInputs {
  data: RatingDataset;
  defaults: RecommenderDefaults;
}

/** A training in progress: the indexed ratings, the catalogue and the held-out ratings. */
export interface TrainingRun extends RatingInputs {
  startedAt: bigint;
  ratingCount: number;
  catalogue: MovieFacts[];
  heldOut: HeldOutRatings;
}

export type FittedModels = Pick<TrainedModels, 'baseline' | 'factor' | 'itemItem' | 'taste'>;

/** How each model is fitted; trainModelsInParallel fits some of them in a worker thread. */
export const fitModel = {
  baseline: ({ data, defaults }: RatingInputs) => BaselineModel.fit(data, defaults.baseline),
  factor: ({ data, defaults }: RatingInputs) => FactorModel.fit(data, defaults.factorModel),
  itemItem: ({ data, defaults }: RatingInputs) => SparseItemModel.fit(data, defaults.itemItem),
  taste: ({ data, defaults }: RatingInputs) => ImplicitFactorModel.fit(data, defaults.tasteProfile),
} satisfies { [K in keyof FittedModels]: (run: TrainingRun) => FittedModels[K] };

/**
 * Fits every model once, on all but 2% of the ratings. The held-out 2% (about 2,000 of
 * ml-latest-small's) learns the four weights of the rating blend and gives the RMSE for the model
 * file's header (so that figure is slightly optimistic; `npm run eval` measures on unseen folds).
 */
export function trainModels(
  input: TrainingInput,
  defaults: RecommenderDefaults = RECOMMENDER_DEFAULTS,
): TrainedModels {
  const run = startTraining(input, defaults);
  return finishTraining(run, {
    baseline: fitModel.baseline(run),
    factor: fitModel.factor(run),
    itemItem: fitModel.itemItem(run),
    taste: fitModel.taste(run),
  });
}

/**
 * Holds out the blend's ratings (a seeded random 2%) and indexes the rest, all in typed arrays.
 * The epochs of both factor models are capped so their updates stay within `maxUpdates`.
 */
export function startTraining(
  { ratings, movies }: TrainingInput,
  defaults: RecommenderDefaults,
): TrainingRun {
  const startedAt = process.hrtime.bigint();
  const columns = ratings instanceof RatingColumns ? ratings : RatingColumns.fromRatings(ratings);
  const { kept, held } = holdOut(columns.length, HELD_OUT_FRACTION, defaults.seed);
  const data = RatingDataset.fromColumns(columns, kept);
  const { users, movies: items, ratings: values } = columns;
  const cappedEpochs = ({ epochs, maxUpdates }: { epochs: number; maxUpdates: number }) =>
    Math.max(1, Math.min(epochs, Math.floor(maxUpdates / Math.max(1, data.nRatings))));
  return {
    startedAt,
    ratingCount: columns.length,
    data,
    defaults: {
      ...defaults,
      factorModel: { ...defaults.factorModel, epochs: cappedEpochs(defaults.factorModel) },
      tasteProfile: { ...defaults.tasteProfile, epochs: cappedEpochs(defaults.tasteProfile) },
    },
    catalogue: catalogueOrder(data, movies),
    heldOut: {
      users: Int32Array.from(held, (row) => data.userIndex(columns.userIds[users[row]])),
      items: Int32Array.from(held, (row) => data.itemIndex(columns.movieIds[items[row]])),
      ratings: Float64Array.from(held, (row) => values[row]),
    },
  };
}

/**
 * Rows drawn at random (seeded), each with probability `fraction`, and the rest, both in file
 * order: one sequential pass, where a shuffle of 25 million rows would jump around memory.
 */
function holdOut(
  length: number,
  fraction: number,
  seed: number,
): { kept: Int32Array; held: Int32Array } {
  const random = mulberry32(seed);
  const isHeld = new Uint8Array(length);
  let nHeld = 0;
  for (let row = 0; row < length; row++) {
    if (random() < fraction) {
      isHeld[row] = 1;
      nHeld++;
    }
  }
  const kept = new Int32Array(length - nHeld);
  const held = new Int32Array(nHeld);
  for (let row = 0, k = 0, h = 0; row < length; row++) {
    if (isHeld[row] === 1) held[h++] = row;
    else kept[k++] = row;
  }
  return { kept, held };
}

/** Learns the rating blend on the held-out ratings and reports. */
export function finishTraining(run: TrainingRun, models: FittedModels): TrainedModels {
  const { data, catalogue, heldOut } = run;
  const { weights: blendWeights, heldOutRmse } = learnRatingBlend(
    { data, ...models },
    heldOut,
    run.defaults.blend.ridge,
  );

  return {
    data,
    catalogue,
    ...models,
    blendWeights,
    report: {
      trainedAt: new Date().toISOString(),
      trainingSeconds: Number(process.hrtime.bigint() - run.startedAt) / 1e9,
      heldOutRmse,
      heldOutRatings: heldOut.ratings.length,
      ratings: run.ratingCount,
      users: data.nUsers,
      movies: catalogue.length,
    },
  };
}
