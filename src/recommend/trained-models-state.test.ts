import { SparseItemModel } from './item-item/sparse-item-model';
import { expectSameModels } from '../../test/support/same-models';
import { syntheticTrainingInput } from '../../test/support/training-inputs';
import { RatingDataset } from './dataset';
import { PopularityModel } from './popularity';
import { trainModels } from './trained-models';
import { trainedModelsFromState, trainedModelsState } from './trained-models-state';

describe('model state', () => {
  const models = trainModels(syntheticTrainingInput());

  it('rebuilds every model from a structured clone of its state, predicting exactly the same', () => {
    // A structured clone is what a worker thread receives: plain data only, no class instances.
    const state = structuredClone(trainedModelsState(models));
    const rebuilt = trainedModelsFromState(state, models.report);
    expectSameModels(rebuilt, models);
    expect(rebuilt.report).toBe(models.report);
  });

  it('gives the dataset back with the same ids and both CSR layouts', () => {
    const data = RatingDataset.fromState(structuredClone(models.data.state()));
    expect(data.state()).toEqual(models.data.state());
    expect(data.toRatings()).toEqual(models.data.toRatings());
    expect(data.itemIndex(models.data.itemIds[3])).toBe(3);
    expect(data.nRatings).toBe(models.data.nRatings);
  });

  it('shares arrays rather than copying them', () => {
    expect(models.factor.state().itemFactors).toBe(models.factor.itemFactors);
    const itemItem = models.itemItem.state();
    expect(SparseItemModel.fromState(models.data, itemItem).state().weights).toBe(itemItem.weights);
  });

  it('round-trips the popularity model', () => {
    const popularity = PopularityModel.fit(models.data);
    const rebuilt = PopularityModel.fromState(models.data, structuredClone(popularity.state()));
    expect(rebuilt.scoreItems(0)).toEqual(popularity.scoreItems(0));
    expect(rebuilt.scoreItems(-1)).toEqual(popularity.scoreItems(-1));
  });
});
