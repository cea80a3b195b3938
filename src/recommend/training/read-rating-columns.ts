import { createReadStream } from 'node:fs';
import { RatingColumns } from '../rating-columns';

const COMMA = 0x2c;
const NEWLINE = 0x0a;
const RETURN = 0x0d;
const DOT = 0x2e;
const ZERO = 0x30;
const NINE = 0x39;

/** Where the reader is within a line. */
const Field = {
  User: 0,
  Movie: 1,
  Rating: 2,
  /** The timestamp or anything after the rating: skipped. */
  Rest: 3,
  /** A header line (its first byte is not a digit): skipped. */
  Header: 4,
} as const;

/**
 * A MovieLens `ratings.csv` (userId,movieId,rating[,timestamp], a header line or not) read straight
 * from the file's bytes into typed columns: ids and ratings are parsed from the buffer chunks digit
 * by digit, so there is no string or object per rating, only one string per distinct id.
 */
export async function readRatingColumns(file: string): Promise<RatingColumns> {
  const parser = new RatingCsvParser();
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 22 })) {
    parser.push(chunk as Buffer);
  }
  return parser.end(file);
}

/** The byte-level state machine behind readRatingColumns, fed one chunk at a time. */
export class RatingCsvParser {
  readonly columns = new RatingColumns();
  private field: number = Field.User;
  private atLineStart = true;
  private line = 1;
  private user = 0;
  private movie = 0;
  private whole = 0;
  private fraction = 0;
  private scale = 1;
  private digits = 0;
  private afterDot = false;

  push(chunk: Uint8Array): void {
    for (let n = 0; n < chunk.length; n++) {
      const byte = chunk[n];
      if (byte === NEWLINE) {
        this.endLine();
        continue;
      }
      if (byte === RETURN) continue;
      if (this.atLineStart) {
        this.atLineStart = false;
        if (byte < ZERO || byte > NINE) {
          if (this.line !== 1) this.fail(byte);
          this.field = Field.Header;
          continue;
        }
      }
      switch (this.field) {
        case Field.Header:
        case Field.Rest:
          break;
        case Field.User:
        case Field.Movie:
          if (byte >= ZERO && byte <= NINE) {
            this.whole = this.whole * 10 + (byte - ZERO);
            this.digits++;
          } else if (byte === COMMA && this.digits > 0) {
            if (this.field === Field.User) this.user = this.whole;
            else this.movie = this.whole;
            this.field++;
            this.whole = 0;
            this.digits = 0;
          } else this.fail(byte);
          break;
        case Field.Rating:
          if (byte >= ZERO && byte <= NINE) {
            if (this.afterDot) {
              this.fraction = this.fraction * 10 + (byte - ZERO);
              this.scale *= 10;
            } else this.whole = this.whole * 10 + (byte - ZERO);
            this.digits++;
          } else if (byte === DOT && !this.afterDot) this.afterDot = true;
          else if (byte === COMMA && this.digits > 0) this.field = Field.Rest;
          else this.fail(byte);
          break;
      }
    }
  }

  /** The columns, once the last chunk is in; `source` names the input in errors. */
  end(source = 'ratings'): RatingColumns {
    try {
      if (!this.atLineStart) this.endLine();
    } catch (error) {
      throw new Error(`${source}: ${(error as Error).message}`);
    }
    return this.columns;
  }

  private endLine(): void {
    if (this.field === Field.Rating || this.field === Field.Rest) {
      if (this.digits === 0) this.fail(NEWLINE);
      this.columns.addNumeric(this.user, this.movie, this.whole + this.fraction / this.scale);
    } else if (this.field !== Field.Header && !this.atLineStart) this.fail(NEWLINE);
    this.line++;
    this.field = Field.User;
    this.atLineStart = true;
    this.whole = this.fraction = this.digits = 0;
    this.scale = 1;
    this.afterDot = false;
  }

  private fail(byte: number): never {
    const found = byte === NEWLINE ? 'the end of the line' : `"${String.fromCharCode(byte)}"`;
    const names = ['userId', 'movieId', 'rating'];
    throw new Error(
      `line ${this.line}: expected userId,movieId,rating[,timestamp] with whole-number ids, ` +
        `found ${found} in ${names[Math.min(this.field, 2)]}`,
    );
  }
}
