import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { projectRoot } from '../project-root';

export const PEERS_SCRIPT = path.join(projectRoot, 'bench', 'peers', 'run_peers.py');

/** The venv `npm run eval:peers-setup` creates; REELGRAPH_PEERS_PYTHON points elsewhere. */
export function peersPython(): string {
  return (
    process.env.REELGRAPH_PEERS_PYTHON ??
    path.join(projectRoot, '.data', 'peers-venv', 'bin', 'python')
  );
}

export const PEERS_SETUP_HINT =
  'run `npm run eval:peers-setup` once (python3 -m venv .data/peers-venv, then pip install -r bench/peers/requirements.txt)';

/** The script's exit code when a peer package is missing from the venv. */
const MISSING_PACKAGES = 3;

export type PeersOutcome = { ok: true } | { ok: false; message: string };

export interface PeersListener {
  /** The script announces how many (model, fold) fits it will run. */
  planned(steps: number): void;
  done(label: string): void;
}

/**
 * Runs bench/peers/run_peers.py on the split files in `splitsDir` in a child process, single
 * threaded so it takes one core while our models train on the other. Never rejects: a missing
 * venv or a failing script comes back as a message for the report. Aborting `signal` kills it.
 */
export function runPeers(
  splitsDir: string,
  listener: PeersListener,
  signal?: AbortSignal,
): Promise<PeersOutcome> {
  const python = peersPython();
  if (!existsSync(python)) {
    return Promise.resolve({
      ok: false,
      message: `peers skipped: no ${python}; ${PEERS_SETUP_HINT}`,
    });
  }
  const single = '1';
  const child = spawn(python, [PEERS_SCRIPT, splitsDir], {
    env: {
      ...process.env,
      OMP_NUM_THREADS: single,
      OPENBLAS_NUM_THREADS: single,
      MKL_NUM_THREADS: single,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    signal,
  });
  createInterface({ input: child.stdout }).on('line', (line) => {
    const [word, ...rest] = line.split(' ');
    if (word === 'plan') listener.planned(Number(rest[0]));
    if (word === 'done') listener.done(rest.join(' '));
  });
  const errors: string[] = [];
  createInterface({ input: child.stderr }).on('line', (line) => {
    if (line.trim()) errors.push(line.trim());
  });
  return new Promise((resolve) => {
    child.on('error', (error) => resolve({ ok: false, message: `peers failed: ${error.message}` }));
    child.on('close', (code) => {
      if (code === 0) resolve({ ok: true });
      else if (code === MISSING_PACKAGES) {
        resolve({ ok: false, message: `peers skipped: ${errors.at(-1)}; ${PEERS_SETUP_HINT}` });
      } else {
        resolve({ ok: false, message: `peers failed (exit ${code}): ${errors.at(-1) ?? ''}` });
      }
    });
  });
}
