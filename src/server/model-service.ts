import { Database } from '../graph/database';
import { GraphPathSource } from '../graph/graph-path-source';
import { RecommendRepository } from '../graph/recommend-repository';
import { AppError, ErrorCode } from '../errors';
import { HybridRecommender } from '../recommend/hybrid-recommender';
import { trainModels, TrainedModels } from '../recommend/trained-models';

/** Reads ratings and movie features from the graph and trains every model. */
export async function trainFromGraph(repository: RecommendRepository): Promise<TrainedModels> {
  const [ratings, movies] = await Promise.all([
    repository.allRatings(),
    repository.movieFeatures(),
  ]);
  return trainModels({ ratings, movies });
}

/**
 * Holds the recommender being served and swaps in a new one atomically: requests already running
 * finish with the models they started with.
 */
export class ModelService {
  private recommender: HybridRecommender | undefined;
  private readonly paths: GraphPathSource;

  constructor(private readonly repository: RecommendRepository) {
    this.paths = new GraphPathSource(repository);
  }

  static forDatabase(database: Database): ModelService {
    return new ModelService(new RecommendRepository(database));
  }

  current = (): HybridRecommender => {
    if (this.recommender === undefined)
      throw new AppError(
        ErrorCode.ServiceUnavailable,
        'The recommender is still loading; try again in a few seconds',
      );
    return this.recommender;
  };

  serve(models: TrainedModels): void {
    this.recommender = new HybridRecommender(models, this.paths);
  }

  async train(): Promise<TrainedModels> {
    const models = await trainFromGraph(this.repository);
    this.serve(models);
    return models;
  }
}
