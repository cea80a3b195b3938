import { expectSameModels } from '../../test/support/same-models';
import { describeWithSharedData } from '../../test/support/shared-data';
import { loadMlLatestSmall, syntheticTrainingInput } from '../../test/support/training-inputs';
import { RECOMMENDER_DEFAULTS } from './config';
import { trainModelsInParallel } from './parallel-training';
import { trainModels, type RecommenderDefaults } from './trained-models';

describe('trainModelsInParallel', () => {
  it('trains exactly the models trainModels trains', async () => {
    const input = syntheticTrainingInput();
    const parallel = await trainModelsInParallel(input);
    const sequential = trainModels(input);
    expectSameModels(parallel, sequential);
    expect(parallel.report).toEqual({
      ...sequential.report,
      trainedAt: expect.any(String),
      trainingSeconds: expect.any(Number),
    });
  });

  it('rejects with the error the worker threw', async () => {
    // The defaults' type is their literal values, so a broken setting needs a cast.
    const defaults = {
      ...RECOMMENDER_DEFAULTS,
      factorModel: { ...RECOMMENDER_DEFAULTS.factorModel, factors: -1 },
    } as unknown as RecommenderDefaults;
    await expect(trainModelsInParallel(syntheticTrainingInput(), defaults)).rejects.toThrow(
      /Invalid typed array length/,
    );
  });
});

describeWithSharedData('trainModelsInParallel on ml-latest-small', () => {
  it('trains exactly the models trainModels trains', async () => {
    const input = await loadMlLatestSmall();
    const parallel = await trainModelsInParallel(input);
    const sequential = trainModels(input);
    expectSameModels(parallel, sequential, 50);
  });
});
