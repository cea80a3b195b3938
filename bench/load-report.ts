/** One row of the bench:api table. */
export interface LoadResult {
  scenario: string;
  requests: number;
  seconds: number;
  /** Per-request latencies in milliseconds. */
  latencies: number[];
  /** Answers carrying GraphQL errors (whatever their status), connection errors, time-outs. */
  failures: number;
  firstFailure?: string;
}

export function percentile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
}

export const requestsPerSecond = (result: LoadResult) => result.requests / result.seconds;

/** A fixed-width table: scenario, requests/s, p50/p95/p99 in ms, requests, failures. */
export function loadTable(results: readonly LoadResult[]): string {
  const header = ['scenario', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'requests', 'failures'];
  const rows = results.map((result) => {
    const sorted = [...result.latencies].sort((a, b) => a - b);
    return [
      result.scenario,
      requestsPerSecond(result).toFixed(1),
      ...[0.5, 0.95, 0.99].map((q) => percentile(sorted, q).toFixed(1)),
      String(result.requests),
      String(result.failures),
    ];
  });
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column].length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[0]) : cell.padStart(widths[column]),
      )
      .join('  ');
  const reasons = results
    .filter((result) => result.firstFailure !== undefined)
    .map((result) => `first failure of ${result.scenario}: ${result.firstFailure}`);
  return [
    line(header),
    line(widths.map((width) => '-'.repeat(width))),
    ...rows.map(line),
    ...reasons,
  ].join('\n');
}
