import { FSWatcher, watch } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { AppError, ErrorCode } from '../errors';
import { Database } from '../graph/database';
import { GraphPathSource } from '../graph/graph-path-source';
import { RecommendRepository } from '../graph/recommend-repository';
import { logger } from '../logger';
import { projectRoot } from '../project-root';
import { HybridRecommender } from '../recommend/hybrid-recommender';
import {
  dataFingerprint,
  newestModelFile,
  pruneModelFiles,
  readModelFile,
  writeModelFile,
} from '../recommend/model-file';
import { trainModelsInParallel } from '../recommend/parallel-training';
import { TrainedModels } from '../recommend/trained-models';

/** Where model files live: `models/` (ignored by git) unless MODELS_DIR says otherwise. */
export const modelsDir = () =>
  path.resolve(process.env.MODELS_DIR ?? path.join(projectRoot, 'models'));

/** The newest model files kept; older ones are deleted after each training. */
const MODEL_FILES_KEPT = 3;

export interface TrainedFile {
  file: string;
  models: TrainedModels;
}

/** Reads ratings and movie features from the graph, trains every model, writes a model file. */
export async function trainAndSave(
  repository: RecommendRepository,
  dir: string,
): Promise<TrainedFile> {
  const [ratings, movies] = await Promise.all([
    repository.allRatings(),
    repository.movieFeatures(),
  ]);
  const models = await trainModelsInParallel({ ratings, movies });
  const file = await writeModelFile(models, dir, dataFingerprint(ratings, movies));
  await pruneModelFiles(dir, MODEL_FILES_KEPT);
  return { file, models };
}

const RELOAD_DELAY_MS = 200;

/**
 * Holds the recommender being served and swaps in a new one atomically: requests already running
 * finish with the models they started with. New ratings need no swap: each request folds the
 * user's current ratings in.
 */
export class ModelService {
  private recommender: HybridRecommender | undefined;
  private readonly paths: GraphPathSource;
  private watcher: FSWatcher | undefined;
  /** The model file being served, when it came from one. */
  servedFile: string | undefined;

  constructor(private readonly repository: RecommendRepository) {
    this.paths = new GraphPathSource(repository);
  }

  static forDatabase(database: Database): ModelService {
    return new ModelService(new RecommendRepository(database));
  }

  current = (): HybridRecommender => {
    if (this.recommender === undefined) {
      throw new AppError(
        ErrorCode.ServiceUnavailable,
        'The recommender is still loading; try again in a few seconds',
      );
    }
    return this.recommender;
  };

  serve(models: TrainedModels, file?: string): void {
    this.recommender = new HybridRecommender(models, this.paths);
    this.servedFile = file;
  }

  /** Trains from the graph and serves the result, without writing a file (tests). */
  async train(): Promise<void> {
    const [ratings, movies] = await Promise.all([
      this.repository.allRatings(),
      this.repository.movieFeatures(),
    ]);
    this.serve(await trainModelsInParallel({ ratings, movies }));
  }

  /**
   * Serves the newest model file in `dir` when it covers the graph's catalogue, trains one
   * otherwise, then watches `dir` and swaps in each newer file `npm run train` writes.
   */
  async start(dir: string): Promise<void> {
    await mkdir(dir, { recursive: true });
    const newest = await newestModelFile(dir);
    const loaded = newest === undefined ? undefined : await readModelFile(newest);
    if (newest !== undefined && loaded !== undefined && (await this.coversCatalogue(loaded))) {
      this.serve(loaded, newest);
      logger.info(
        { file: newest, trainedAt: loaded.report.trainedAt },
        'Serving the newest model file',
      );
    } else {
      logger.info(
        newest === undefined
          ? 'No model file yet: training one'
          : 'The graph has movies the newest model lacks: training a new one',
      );
      const { file, models } = await trainAndSave(this.repository, dir);
      this.serve(models, file);
      logger.info(
        { file, seconds: models.report.trainingSeconds, heldOutRmse: models.report.heldOutRmse },
        'Trained and saved a model',
      );
    }
    this.watch(dir);
  }

  stop(): void {
    this.watcher?.close();
  }

  /** Loads the newest file in `dir` if it is not the one being served. */
  async reloadIfNewer(dir: string): Promise<boolean> {
    const newest = await newestModelFile(dir);
    if (newest === undefined || newest === this.servedFile) return false;
    this.serve(await readModelFile(newest), newest);
    logger.info({ file: newest }, 'Swapped in a newer model');
    return true;
  }

  private watch(dir: string): void {
    let pending: NodeJS.Timeout | undefined;
    this.watcher = watch(dir, () => {
      clearTimeout(pending);
      pending = setTimeout(() => {
        this.reloadIfNewer(dir).catch((error: unknown) =>
          logger.error({ err: error }, 'Could not load a new model file'),
        );
      }, RELOAD_DELAY_MS);
    });
  }

  private async coversCatalogue(models: TrainedModels): Promise<boolean> {
    const known = new Set(models.catalogue.map((movie) => movie.id));
    const movies = await this.repository.movieFeatures();
    return movies.length === known.size && movies.every((movie) => known.has(movie.id));
  }
}
