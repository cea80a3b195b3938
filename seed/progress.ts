import { SingleBar } from 'cli-progress';

/** A rows-per-second progress bar on a terminal; silent when output is piped or in CI. */
export class RowProgress {
  private readonly bar: SingleBar | undefined;
  private readonly startedAt = Date.now();
  private rows = 0;

  constructor(
    label: string,
    total: number | undefined,
    stream: NodeJS.WriteStream = process.stderr,
  ) {
    if (!stream.isTTY) return;
    this.bar = new SingleBar({
      stream,
      format: `${label} [{bar}] {percentage}% | {value}/{total} rows | {rate} rows/s | ETA {eta}s`,
      hideCursor: true,
    });
    this.bar.start(total ?? 0, 0, { rate: 0 });
  }

  add(rows: number): void {
    this.rows += rows;
    if (this.bar === undefined) return;
    if (this.rows > this.bar.getTotal()) this.bar.setTotal(this.rows);
    this.bar.update(this.rows, { rate: this.rowsPerSecond() });
  }

  rowsPerSecond(): number {
    const seconds = (Date.now() - this.startedAt) / 1000;
    return seconds > 0 ? Math.round(this.rows / seconds) : 0;
  }

  stop(): void {
    this.bar?.stop();
  }
}
