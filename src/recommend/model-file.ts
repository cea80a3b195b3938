import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { RECOMMENDER_DEFAULTS } from './config';
import { decodeSections, encodeSections, type Section } from './model-sections';
import type { TrainedModels, TrainingReport } from './trained-models';
import {
  trainedModelsFromState,
  trainedModelsState,
  type TrainedModelsState,
} from './trained-models-state';

export { dataFingerprint } from './data-fingerprint';

export const MODEL_FORMAT = 'reelgraph-model';
export const MODEL_FORMAT_VERSION = 3;

/**
 * The first line of a model file. The body follows it: `sections` give each array's place as byte
 * offsets from the body's start (typed arrays little-endian, id lists and options as JSON).
 */
export interface ModelHeader {
  format: typeof MODEL_FORMAT;
  version: typeof MODEL_FORMAT_VERSION;
  /** The defaults the models were trained with. */
  parameters: unknown;
  /** dataFingerprint of the ratings and movies the models were trained on. */
  fingerprint: string;
  report: TrainingReport;
  sections: Section[];
}

const MODEL_FILE = /^reelgraph-.+\.model$/;
const MAX_HEADER_BYTES = 1 << 20;

/**
 * Writes `<dir>/reelgraph-<trainedAt>-<fingerprint8>.model` and returns its path. The file appears
 * whole or not at all (written under a temporary name, then renamed), so a server watching the
 * folder never reads half of one. Pass `parameters` when training did not use the defaults.
 */
export async function writeModelFile(
  models: TrainedModels,
  dir: string,
  fingerprint: string,
  parameters: unknown = RECOMMENDER_DEFAULTS,
): Promise<string> {
  const { sections, chunks } = encodeSections(trainedModelsState(models));
  const header: ModelHeader = {
    format: MODEL_FORMAT,
    version: MODEL_FORMAT_VERSION,
    parameters,
    fingerprint,
    report: models.report,
    sections,
  };
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, modelFileName(models.report, fingerprint));
  const temporary = path.join(dir, `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, [headerLine(header), ...chunks], { flag: 'wx', flush: true });
    await rename(temporary, file);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
  return file;
}

/** The models of a model file, rebuilt without refitting; refuses other formats and versions. */
export async function readModelFile(file: string): Promise<TrainedModels> {
  const bytes = await readFile(file);
  const newline = bytes.indexOf(0x0a);
  if (newline < 0) throw notAModelFile(file);
  const header = parseHeader(file, bytes.toString('utf8', 0, newline));
  const state = decodeSections(bytes.subarray(newline + 1), header.sections);
  return trainedModelsFromState(state as TrainedModelsState, header.report);
}

/** Reads only the first line: enough to decide whether a file is worth loading. */
export async function readModelHeader(file: string): Promise<ModelHeader> {
  const handle = await open(file, 'r');
  try {
    let bytes = Buffer.alloc(0);
    const chunk = Buffer.alloc(64 * 1024);
    while (bytes.length < MAX_HEADER_BYTES) {
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, bytes.length);
      if (bytesRead === 0) break;
      bytes = Buffer.concat([bytes, chunk.subarray(0, bytesRead)]);
      const newline = bytes.indexOf(0x0a);
      if (newline >= 0) return parseHeader(file, bytes.toString('utf8', 0, newline));
    }
    throw notAModelFile(file);
  } finally {
    await handle.close();
  }
}

/** Model files in `dir`, oldest first (by the time in their names); none when `dir` is absent. */
async function modelFiles(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return names
    .filter((name) => MODEL_FILE.test(name))
    .sort()
    .map((name) => path.join(dir, name));
}

/** The most recently trained model file in `dir`; none when empty or absent. */
export async function newestModelFile(dir: string): Promise<string | undefined> {
  return (await modelFiles(dir)).at(-1);
}

/** Deletes all but the newest `keep` model files (they are large: ~145 MB for ml-latest-small). */
export async function pruneModelFiles(dir: string, keep: number): Promise<string[]> {
  const stale = (await modelFiles(dir)).slice(0, -keep);
  await Promise.all(stale.map((file) => unlink(file)));
  return stale;
}

/** `reelgraph-20250102T030405.678Z-1a2b3c4d.model`: basic ISO 8601, so names sort by time. */
export function modelFileName(report: TrainingReport, fingerprint: string): string {
  return `reelgraph-${report.trainedAt.replace(/[-:]/g, '')}-${fingerprint.slice(0, 8)}.model`;
}

/** The header as one JSON line, padded with spaces so the body starts 8-byte aligned. */
function headerLine(header: ModelHeader): Buffer {
  const json = JSON.stringify(header);
  const padding = (8 - ((Buffer.byteLength(json) + 1) % 8)) % 8;
  return Buffer.from(`${json}${' '.repeat(padding)}\n`);
}

function parseHeader(file: string, line: string): ModelHeader {
  let header: Partial<ModelHeader>;
  try {
    header = JSON.parse(line) as Partial<ModelHeader>;
  } catch {
    throw notAModelFile(file);
  }
  if (header?.format !== MODEL_FORMAT) throw notAModelFile(file);
  if (header.version !== MODEL_FORMAT_VERSION) {
    throw new Error(
      `${file} is a ${MODEL_FORMAT} file of version ${String(header.version)}; ` +
        `this build reads version ${MODEL_FORMAT_VERSION} only (retrain to replace it)`,
    );
  }
  return header as ModelHeader;
}

function notAModelFile(file: string): Error {
  return new Error(`${file} is not a ${MODEL_FORMAT} file (its first line is not the JSON header)`);
}
