import { BaselineModel, type BaselineState } from './baseline';
import { RatingDataset, type DatasetState } from './dataset';
import { SparseItemModel, type SparseItemState } from './item-item/sparse-item-model';
import { FactorModel, type FactorModelState } from './factor-model';
import { ImplicitFactorModel, type ImplicitFactorState } from './implicit-factors';
import type { MovieFacts, TrainedModels } from './trained-models';

/** Every fitted model as plain data: ids, options, numbers and typed arrays. */
export interface TrainedModelsState {
  data: DatasetState;
  catalogue: readonly MovieFacts[];
  baseline: BaselineState;
  factor: FactorModelState;
  itemItem: SparseItemState;
  taste: ImplicitFactorState;
  blendWeights: Float64Array;
}

/** The models' own arrays, not copies. */
export function trainedModelsState(models: TrainedModels): TrainedModelsState {
  return {
    data: models.data.state(),
    catalogue: models.catalogue,
    baseline: models.baseline.state(),
    factor: models.factor.state(),
    itemItem: models.itemItem.state(),
    taste: models.taste.state(),
    blendWeights: models.blendWeights,
  };
}

/** Rebuilds the models without refitting any of them. */
export function trainedModelsFromState(
  state: TrainedModelsState,
  report: TrainedModels['report'],
): TrainedModels {
  const data = RatingDataset.fromState(state.data);
  return {
    data,
    catalogue: state.catalogue,
    baseline: BaselineModel.fromState(data, state.baseline),
    factor: FactorModel.fromState(data, state.factor),
    itemItem: SparseItemModel.fromState(data, state.itemItem),
    taste: ImplicitFactorModel.fromState(state.taste),
    blendWeights: state.blendWeights,
    report,
  };
}
