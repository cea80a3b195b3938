import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';
import { localNeo4jSettings } from '../../src/config';
import { PeakRss } from './process-memory';

/** One row of the scale bench's table of steps. */
export interface StepResult {
  step: string;
  seconds: number;
  peakRssMiB: number;
  neo4jPeakRssMiB: number;
  note: string;
}

export function neo4jPid(): number | undefined {
  const file = path.join(localNeo4jSettings().dataDir, 'reelgraph-neo4j.pid');
  return existsSync(file) ? Number(readFileSync(file, 'utf8')) : undefined;
}

export const excludeNeo4j = (): ReadonlySet<number> => new Set([neo4jPid() ?? -1]);

/** Runs a Node script to its end, sampling its memory (without Neo4j's) and Neo4j's apart. */
export async function measureScript(script: string[], env: NodeJS.ProcessEnv) {
  const startedAt = Date.now();
  const child = spawn(process.execPath, script, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  for (const stream of [child.stdout, child.stderr]) {
    stream.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      process.stderr.write(chunk);
    });
  }
  const own = new PeakRss(() => child.pid, excludeNeo4j);
  const neo4j = new PeakRss(neo4jPid);
  const [code] = (await once(child, 'close')) as [number];
  return {
    seconds: (Date.now() - startedAt) / 1000,
    peakRssMiB: own.stop(),
    neo4jPeakRssMiB: neo4j.stop(),
    output,
    failed: code !== 0,
  };
}
