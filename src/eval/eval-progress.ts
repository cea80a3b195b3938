import { SingleBar } from 'cli-progress';

/** Steps done (a model trained and scored on a fold) on a terminal; silent when piped or in CI. */
export class EvalProgress {
  private readonly bar: SingleBar | undefined;

  constructor(total: number, stream: NodeJS.WriteStream = process.stderr) {
    if (!stream.isTTY) return;
    this.bar = new SingleBar({
      stream,
      format: 'eval [{bar}] {value}/{total} | {step}',
      hideCursor: true,
    });
    this.bar.start(total, 0, { step: 'loading' });
  }

  /** More steps than planned (the peers announce theirs once they start). */
  grow(steps: number): void {
    this.bar?.setTotal(this.bar.getTotal() + steps);
  }

  step(label: string): void {
    this.bar?.increment(1, { step: label });
  }

  stop(): void {
    this.bar?.stop();
  }
}
