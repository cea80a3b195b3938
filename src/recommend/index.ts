export { BaselineModel, type BaselineOptions } from './baseline';
export { BlendModel, learnBlendWeights, type BlendOptions } from './blend';
export {
  choleskyInPlace,
  invertSpd,
  NotPositiveDefiniteError,
  solveSpd,
  solveWithCholesky,
} from './cholesky';
export { RECOMMENDER_DEFAULTS } from './config';
export {
  ContentModel,
  type ContentModelOptions,
  type FeatureVector,
  type UserProfile,
} from './content-model';
export {
  DEFAULT_RATING_SCALE,
  RatingDataset,
  type IndexedRating,
  type RatingScale,
  type RawRating,
  type SparseRows,
} from './dataset';
export { EaseModel, type EaseOptions } from './ease';
export {
  evaluateRatings,
  evaluateTopN,
  predictRatings,
  type RatingAccuracy,
  type TopNAccuracy,
} from './evaluation';
export { FactorModel, type FactorModelOptions, type FoldedUser } from './factor-model';
export {
  ItemKnnModel,
  type Contribution,
  type Explanation,
  type ItemKnnOptions,
  type ItemSimilarity,
  type Neighbour,
} from './item-knn';
export * as metrics from './metrics';
export type {
  Estimator,
  FallbackReason,
  ItemScorer,
  ItemScores,
  Prediction,
  RatingModel,
} from './model';
export { PopularityModel } from './popularity';
export { mulberry32, type Random } from './random';
export { recommend, topK } from './ranking';
export { kFoldSplits, perUserSplit, randomSplit, type Split } from './splits';
