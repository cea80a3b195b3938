import { writeFile } from 'node:fs/promises';
import { DatasetError } from '../../seed/formats';
import { formatTable, toJson } from './eval-report';
import { parseEvalOptions } from './eval-options';
import { EvalUsageError } from './eval-usage-error';
import { runEval } from './run-eval';

export interface EvalIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

/**
 * `npm run eval -- …`: returns the exit code. A wrong command line or an unusable dataset folder
 * is one line on stderr (plus the usage where it helps) and exit code 2.
 */
export async function runEvalCommand(argv: readonly string[], io: EvalIo): Promise<number> {
  try {
    const options = parseEvalOptions(argv);
    const report = await runEval(options);
    io.out(formatTable(report));
    if (report.peerLibraries) {
      const versions = Object.entries(report.peerLibraries).map(([name, v]) => `${name} ${v}`);
      io.out(`\nPeers: ${versions.join(', ')}; scored by reelgraph's metric code.`);
    }
    for (const note of report.notes) io.err(note);
    if (options.jsonFile !== undefined) {
      await writeFile(options.jsonFile, `${JSON.stringify(toJson(report), null, 2)}\n`);
    }
    return 0;
  } catch (error) {
    if (error instanceof EvalUsageError || error instanceof DatasetError) {
      io.err(error.message);
      return 2;
    }
    throw error;
  }
}
