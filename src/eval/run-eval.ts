import path from 'node:path';
import { setImmediate as yieldToEvents } from 'node:timers/promises';
import { RatingDataset } from '../recommend/dataset';
import { projectRoot } from '../project-root';
import type { Contender, FoldContext } from './contender';
import { CONTENDERS } from './contenders';
import { loadEvalDataset, type EvalDataset } from './eval-dataset';
import type { EvalOptions, Protocol } from './eval-options';
import { EvalProgress } from './eval-progress';
import { SERVED_MODEL } from './hybrid-contender';
import { scorePeerResults } from './peer-results';
import { runPeers, type PeersOutcome } from './peers-runner';
import { protocolFolds, type EvalFold } from './protocols';
import { addChecks, NO_CHECKS, type ReasonChecks } from './reason-checks';
import {
  averageScores,
  K,
  reasonScores,
  relevantByUser,
  scoreRankings,
  scoreRatings,
  type Scores,
} from '../recommend/evaluation/scores';
import { writeSplitFiles } from './split-files';

export interface ModelResult {
  name: string;
  /** Trained by bench/peers on the same split files, scored by our metric code. */
  peer: boolean;
  scores: Scores;
}

export interface EvalReport {
  dataset: string;
  protocol: Protocol;
  folds: number;
  seed: number;
  served: string;
  models: ModelResult[];
  /** Peer package versions, when the peers ran. */
  peerLibraries?: Record<string, string>;
  /** Lines for the reader: skipped rows, why the peers did not run, where the splits are. */
  notes: string[];
  wallSeconds: number;
}

const ranksOnly = (protocol: Protocol): boolean => protocol === 'topn';

function seconds(since: bigint): number {
  return Number(process.hrtime.bigint() - since) / 1e9;
}

/**
 * CPU seconds this process spent since `since`, as the peers measure theirs (process_time): robust
 * to whatever else shares the machine, and about the wall time for single-threaded fitting.
 */
function cpuSeconds(since: NodeJS.CpuUsage): number {
  const { user, system } = process.cpuUsage(since);
  return (user + system) / 1e6;
}

async function scoreContender(
  contender: Contender,
  context: FoldContext,
  fold: EvalFold,
  protocol: Protocol,
): Promise<Scores> {
  const started = process.cpuUsage();
  if (!ranksOnly(protocol)) {
    const predict = contender.fitRatings!(context);
    const trainSeconds = cpuSeconds(started);
    return { ...scoreRatings(predict(fold.test), fold.test), trainSeconds };
  }
  const rank = contender.fitRanking!(context);
  const trainSeconds = cpuSeconds(started);
  const lists = new Map<string, readonly string[]>();
  let checks: ReasonChecks | undefined;
  for (const userId of relevantByUser(fold.test).keys()) {
    const ranked = await rank(userId, K);
    lists.set(userId, ranked.ids);
    if (ranked.checks !== undefined) checks = addChecks(checks ?? NO_CHECKS, ranked.checks);
  }
  return {
    ...scoreRankings(lists, fold.test, context.data),
    ...(checks === undefined ? {} : reasonScores(checks)),
    trainSeconds,
  };
}

function defaultSplitsDir(dataset: EvalDataset, protocol: Protocol): string {
  return path.join(projectRoot, '.data', 'eval-splits', `${dataset.name}-${protocol}`);
}

/** Trains every contender on every fold of the protocol (and the peers beside them), scored alike. */
export async function runEval(options: EvalOptions): Promise<EvalReport> {
  const started = process.hrtime.bigint();
  const dataset = await loadEvalDataset(options.datasetDir, options.metadataFile);
  const folds = await protocolFolds(dataset, options.protocol, options.folds, options.seed);
  const notes: string[] = [];
  if (dataset.issues.length > 0) notes.push(`skipped ${dataset.issues.length} malformed row(s)`);

  const splitsDir =
    options.splitsDir ?? (options.peers ? defaultSplitsDir(dataset, options.protocol) : undefined);
  if (splitsDir !== undefined) {
    await writeSplitFiles(
      splitsDir,
      {
        dataset: dataset.name,
        protocol: options.protocol,
        seed: options.seed,
        ratingScale: RatingDataset.fromRatings([]).scale,
      },
      folds,
    );
    notes.push(`split files in ${splitsDir}`);
  }

  const contenders = CONTENDERS.filter(
    (contender) =>
      (options.models === undefined || options.models.includes(contender.name)) &&
      (ranksOnly(options.protocol) ? contender.fitRanking : contender.fitRatings),
  );
  const progress = new EvalProgress(folds.length * contenders.length);
  const stopPeers = new AbortController();
  let peers: Promise<PeersOutcome> | undefined;
  if (options.peers && splitsDir !== undefined) {
    peers = runPeers(
      splitsDir,
      { planned: (steps) => progress.grow(steps), done: (label) => progress.step(`peer ${label}`) },
      stopPeers.signal,
    );
  }

  const perFold = new Map<string, Scores[]>(contenders.map((c) => [c.name, []]));
  try {
    for (const fold of folds) {
      const context: FoldContext = {
        train: fold.train,
        data: RatingDataset.fromRatings(fold.train),
        movies: dataset.movies,
      };
      for (const contender of contenders) {
        perFold
          .get(contender.name)!
          .push(await scoreContender(contender, context, fold, options.protocol));
        progress.step(`${contender.name} ${fold.name}`);
        await yieldToEvents();
      }
    }
    const models: ModelResult[] = contenders.map((contender) => ({
      name: contender.name,
      peer: false,
      scores: averageScores(perFold.get(contender.name)!),
    }));
    let peerLibraries: Record<string, string> | undefined;
    const outcome = await peers;
    if (outcome && !outcome.ok) notes.push(outcome.message);
    if (outcome?.ok && splitsDir !== undefined) {
      const scored = await scorePeerResults(splitsDir, folds);
      peerLibraries = scored.libraries;
      models.push(...scored.models.map(({ name, scores }) => ({ name, peer: true, scores })));
    }
    return {
      dataset: dataset.name,
      protocol: options.protocol,
      folds: folds.length,
      seed: options.seed,
      served: SERVED_MODEL,
      models,
      peerLibraries,
      notes,
      wallSeconds: seconds(started),
    };
  } finally {
    stopPeers.abort();
    progress.stop();
  }
}
