import { parseArgs } from 'node:util';
import { RECOMMENDER_DEFAULTS } from '../recommend/config';
import { EvalUsageError } from './eval-usage-error';

export type Protocol = 'ratings' | 'official' | 'topn';

export const PROTOCOLS: readonly Protocol[] = ['ratings', 'official', 'topn'];

export interface EvalOptions {
  datasetDir: string;
  protocol: Protocol;
  /** k of the k-fold split (ratings protocol only). */
  folds: number;
  seed: number;
  /** IMDb 5000 movie_metadata.csv, joined for directors, cast and keywords. */
  metadataFile?: string;
  jsonFile?: string;
  splitsDir?: string;
  peers: boolean;
  /** Only these contenders (by name, as in the table); all when undefined. */
  models?: readonly string[];
}

export const USAGE = `Usage: npm run eval -- <movielens-folder> [--protocol ratings|official|topn] [--folds 5]
         [--seed 42] [--metadata movie_metadata.csv] [--json results.json]
         [--write-splits <dir>] [--peers] [--models "hybrid,EASE"]`;

function wholeNumber(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) {
    throw new EvalUsageError(`--${name} must be a whole number, got "${value}"`);
  }
  return parsed;
}

/** The command line of `npm run eval`; an EvalUsageError (one line) when it makes no sense. */
export function parseEvalOptions(argv: readonly string[]): EvalOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        protocol: { type: 'string', default: 'ratings' },
        folds: { type: 'string' },
        seed: { type: 'string' },
        metadata: { type: 'string' },
        json: { type: 'string' },
        'write-splits': { type: 'string' },
        peers: { type: 'boolean', default: false },
        models: { type: 'string' },
      },
    });
  } catch (error) {
    throw new EvalUsageError(`${(error as Error).message}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) {
    throw new EvalUsageError(
      `eval needs one MovieLens folder, e.g. ../shared/datasets/ml-latest-small\n${USAGE}`,
    );
  }
  const protocol = values.protocol as Protocol;
  if (!PROTOCOLS.includes(protocol)) {
    throw new EvalUsageError(
      `--protocol must be one of ${PROTOCOLS.join(', ')}, got "${values.protocol}"`,
    );
  }
  const folds = wholeNumber('folds', values.folds, 5);
  if (folds < 2) throw new EvalUsageError(`--folds must be at least 2, got ${folds}`);
  return {
    datasetDir: positionals[0],
    protocol,
    folds,
    seed: wholeNumber('seed', values.seed, RECOMMENDER_DEFAULTS.seed),
    metadataFile: values.metadata,
    jsonFile: values.json,
    splitsDir: values['write-splits'],
    peers: values.peers,
    ...(values.models === undefined
      ? {}
      : { models: values.models.split(',').map((name) => name.trim()) }),
  };
}
