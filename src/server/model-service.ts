import { FSWatcher, watch } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { AppError, ErrorCode } from '../errors';
import { Database } from '../graph/database';
import { RecommendRepository, type SimilarEdge } from '../graph/recommend-repository';
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
import { RatingColumns } from '../recommend/rating-columns';
import type { TrainedModels, TrainingInput } from '../recommend/trained-models';

/** Where model files live: `models/` (ignored by git) unless MODELS_DIR says otherwise. */
export const modelsDir = () =>
  path.resolve(process.env.MODELS_DIR ?? path.join(projectRoot, 'models'));

/** The newest model files kept; older ones are deleted after each training. */
const MODEL_FILES_KEPT = 3;

/** What a long training tells as it goes: ratings read so far, then each model fitted. */
export interface TrainingProgress {
  ratingsRead: (count: number) => void;
  stageDone: (stage: string) => void;
}

const SILENT_PROGRESS: TrainingProgress = {
  ratingsRead: () => undefined,
  stageDone: () => undefined,
};

export interface TrainedFile {
  file: string;
  models: TrainedModels;
  /** SIMILAR relationships written. */
  similar: number;
}

/** The graph's ratings (as columns) and movie features, as training reads them. */
export async function trainingInput(
  repository: RecommendRepository,
  onRatingsRead: (count: number) => void = () => undefined,
): Promise<TrainingInput & { ratings: RatingColumns }> {
  const [ratings, movies] = await Promise.all([
    readRatingColumns(repository, onRatingsRead),
    repository.movieFeatures(),
  ]);
  return { ratings, movies };
}

async function readRatingColumns(
  repository: RecommendRepository,
  onRatingsRead: (count: number) => void,
): Promise<RatingColumns> {
  const columns = new RatingColumns();
  for await (const page of repository.ratingsByUser()) {
    for (const { userId, movieIds, ratings } of page) {
      for (let n = 0; n < movieIds.length; n++) columns.add(userId, movieIds[n], ratings[n]);
    }
    onRatingsRead(columns.length);
  }
  return columns;
}

/**
 * Trains every model on the graph as it is, writes a model file, and writes the learned item–item
 * weights back into the graph as SIMILAR relationships (so every "because you liked" reason is a
 * Cypher traversal).
 */
export async function trainAndSave(
  repository: RecommendRepository,
  dir: string,
  progress: TrainingProgress = SILENT_PROGRESS,
): Promise<TrainedFile> {
  const input = await trainingInput(repository, progress.ratingsRead);
  const models = await trainModelsInParallel(input, undefined, progress.stageDone);
  const file = await writeModelFile(models, dir, dataFingerprint(input.ratings, input.movies));
  await pruneModelFiles(dir, MODEL_FILES_KEPT);
  const similar = await repository.replaceSimilar(similarEdges(models), models.report.trainedAt);
  return { file, models, similar };
}

function* similarEdges(models: TrainedModels): Generator<SimilarEdge> {
  const ids = models.data.itemIds;
  for (const { source, target, weight } of models.itemItem.positiveEdges()) {
    yield { source: ids[source], target: ids[target], weight };
  }
}

const RELOAD_DELAY_MS = 200;

/**
 * File events do not cross machines (NFS, SMB, mounted buckets), so every process also looks
 * for a newer file on a timer; MODELS_POLL_SECONDS=0 turns that off.
 */
const pollIntervalMs = () => Number(process.env.MODELS_POLL_SECONDS ?? 30) * 1000;

/**
 * Holds the recommender being served and swaps in a new one atomically: requests already running
 * finish with the models they started with. New ratings need no swap: each request folds the
 * user's current ratings in.
 */
export class ModelService {
  private recommender: HybridRecommender | undefined;
  private watcher: FSWatcher | undefined;
  private poller: NodeJS.Timeout | undefined;
  private pendingReload: NodeJS.Timeout | undefined;
  private reloading: Promise<unknown> = Promise.resolve();
  /** The model file being served, when it came from one. */
  servedFile: string | undefined;

  constructor(private readonly repository: RecommendRepository) {}

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
    this.recommender = new HybridRecommender(models);
    this.servedFile = file;
  }

  /** Trains from the graph and serves the result, without writing a file (tests). */
  async train(): Promise<void> {
    this.serve(await trainModelsInParallel(await trainingInput(this.repository)));
  }

  /**
   * Serves the newest model file in `dir` that can be read and covers the graph's catalogue,
   * trains one otherwise, then watches `dir` and swaps in each newer file `npm run train` writes.
   */
  async start(dir: string): Promise<void> {
    await mkdir(dir, { recursive: true });
    const newest = await newestModelFile(dir);
    const loaded = newest === undefined ? undefined : await this.loadUsable(newest);
    if (newest !== undefined && loaded !== undefined) {
      this.serve(loaded, newest);
      logger.info(
        { file: newest, trainedAt: loaded.report.trainedAt },
        'Serving the newest model file',
      );
    } else {
      logger.info(
        newest === undefined
          ? 'No model file yet: training one'
          : 'The newest model file is not usable: training a new one',
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
    clearTimeout(this.pendingReload);
    clearInterval(this.poller);
    this.watcher?.close();
  }

  /**
   * Loads the newest file in `dir` if it is not the one being served and is usable. Reloads run
   * one at a time, so a slow read of an older file can never replace a newer one.
   */
  reloadIfNewer(dir: string): Promise<boolean> {
    const next = this.reloading.then(async () => {
      const newest = await newestModelFile(dir);
      if (newest === undefined || newest === this.servedFile) return false;
      const loaded = await this.loadUsable(newest);
      if (loaded === undefined) return false;
      this.serve(loaded, newest);
      logger.info({ file: newest }, 'Swapped in a newer model');
      return true;
    });
    this.reloading = next.catch(() => false);
    return next;
  }

  private watch(dir: string): void {
    const reload = () =>
      this.reloadIfNewer(dir).catch((error: unknown) =>
        logger.error({ err: error }, 'Could not load a new model file'),
      );
    this.watcher = watch(dir, () => {
      clearTimeout(this.pendingReload);
      this.pendingReload = setTimeout(reload, RELOAD_DELAY_MS);
    });
    if (pollIntervalMs() > 0) {
      this.poller = setInterval(reload, pollIntervalMs());
      this.poller.unref();
    }
    this.watcher.on('error', (error) =>
      logger.error({ err: error }, 'Stopped watching for model files'),
    );
  }

  /** The file's models when they can be read and know every movie in the graph; else undefined. */
  private async loadUsable(file: string): Promise<TrainedModels | undefined> {
    let models: TrainedModels;
    try {
      models = await readModelFile(file);
    } catch (error) {
      logger.warn({ err: error, file }, 'Cannot read this model file');
      return undefined;
    }
    const known = new Set(models.catalogue.map((movie) => movie.id));
    const movies = await this.repository.movieFeatures();
    const covers = movies.length === known.size && movies.every((movie) => known.has(movie.id));
    if (!covers) logger.warn({ file }, 'This model file does not cover the movies in the graph');
    return covers ? models : undefined;
  }
}
