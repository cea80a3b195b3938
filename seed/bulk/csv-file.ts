import { createWriteStream, WriteStream } from 'node:fs';
import { once } from 'node:events';
import { stringify } from 'csv-stringify/sync';

/** A CSV file written a batch of rows at a time, waiting when the disk falls behind. */
export class CsvFile {
  private readonly stream: WriteStream;
  rows = 0;

  constructor(
    readonly file: string,
    header: readonly string[],
  ) {
    this.stream = createWriteStream(file);
    this.stream.write(stringify([header]));
  }

  async write(rows: readonly unknown[][]): Promise<void> {
    await this.writeLines(rows.length, stringify(rows as unknown[][]));
  }

  /** Lines the caller has already formatted, for values that never need quoting. */
  async writeLines(count: number, text: string): Promise<void> {
    if (count === 0) return;
    this.rows += count;
    if (!this.stream.write(text)) await once(this.stream, 'drain');
  }

  async close(): Promise<void> {
    this.stream.end();
    await once(this.stream, 'finish');
  }
}
