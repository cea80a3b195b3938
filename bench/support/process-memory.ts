import { readdirSync, readFileSync } from 'node:fs';

const PAGE_RSS_KB = /VmRSS:\s+(\d+) kB/;

function rssKb(pid: number): number {
  try {
    return Number(PAGE_RSS_KB.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

function parentsByPid(): Map<number, number> {
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The command name in brackets may hold spaces; the parent pid follows the state after it.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(entry), Number(fields[1]));
    } catch {
      // The process ended while we looked.
    }
  }
  return parents;
}

/** `root` and its descendants, minus the trees of the pids in `exclude`. */
function processTree(root: number, exclude: ReadonlySet<number>): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, parent] of parentsByPid())
    children.set(parent, [...(children.get(parent) ?? []), pid]);
  const tree: number[] = [];
  const visit = (pid: number) => {
    if (exclude.has(pid)) return;
    tree.push(pid);
    for (const child of children.get(pid) ?? []) visit(child);
  };
  visit(root);
  return tree;
}

/**
 * Samples the resident memory of a process and everything it starts (the seed's importer JVM,
 * training's worker threads are inside the process), keeping the peak of their sum. Linux only.
 */
export class PeakRss {
  private peakKb = 0;
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly root: () => number | undefined,
    private readonly exclude: () => ReadonlySet<number> = () => new Set(),
    intervalMs = 250,
  ) {
    this.timer = setInterval(() => this.sample(), intervalMs);
  }

  sample(): number {
    const root = this.root();
    if (root === undefined) return 0;
    const kb = processTree(root, this.exclude()).reduce((sum, pid) => sum + rssKb(pid), 0);
    this.peakKb = Math.max(this.peakKb, kb);
    return kb;
  }

  /** Stops sampling; the peak in MiB. */
  stop(): number {
    clearInterval(this.timer);
    return this.peakKb / 1024;
  }
}
