import { createReadStream } from 'node:fs';
import { pipeline, Transform } from 'node:stream';
import { CsvError, parse as parseCsv } from 'csv-parse/sync';
import { fileSize } from './files';
import type { OnIssue } from './parse-issue';
import { createUtf8Transcoder } from './utf8-transcoder';

/** How a delimited text file is laid out. */
export interface Dialect {
  delimiter: string;
  /** Whether fields may be wrapped in double quotes; in the .dat and ml-100k files a quote is just part of a title. */
  quoted: boolean;
  /** Whether the first line names the columns instead of holding data. */
  header: boolean;
}

export interface TextRecord {
  /** 1-based physical line the record starts on. */
  line: number;
  fields: string[];
}

export type OnProgress = (bytesRead: number, totalBytes: number) => void;

// A quote left open by mistake would otherwise swallow the rest of the file into one record.
const MAX_RECORD_LINES = 100;

/**
 * Whether a CSV record's text so far ends inside a quoted field, so it goes on on the next line.
 * As in csv-parse with `relax_quotes`, only a quote that opens a field starts a quoted field.
 * `delimiter` is one character: the quoted dialects are comma-, semicolon- or tab-separated.
 */
export function endsInsideQuotes(text: string, delimiter: string): boolean {
  let inside = false;
  let atFieldStart = true;
  for (let at = 0; at < text.length; at++) {
    const char = text[at];
    if (inside && char === '"') {
      if (text[at + 1] === '"') at++;
      else inside = false;
    } else if (!inside && char === '"' && atFieldStart) {
      inside = true;
    }
    atFieldStart = !inside && char === delimiter;
  }
  return inside;
}

/** A record with a quoted field that spans lines, as far as it has been read. */
interface QuotedRecord {
  line: number;
  lines: string[];
}

/**
 * Cuts text into records as it arrives, counting physical lines. A line without a quote (every
 * rating, most movies) is split on the delimiter directly, about five times faster than a CSV
 * parser, which matters for ml-32m's 32 million ratings; csv-parse reads the quoted records.
 */
class RecordSplitter {
  private rest = '';
  private lineCount = 0;
  private quotedRecord: QuotedRecord | undefined;

  constructor(
    private readonly file: string,
    private readonly dialect: Dialect,
    private readonly onIssue: OnIssue,
  ) {}

  push(text: string): TextRecord[] {
    const lines = (this.rest + text).split('\n');
    this.rest = lines.pop() ?? '';
    const records: TextRecord[] = [];
    for (const line of lines) this.take(++this.lineCount, line, records);
    return records;
  }

  end(): TextRecord[] {
    const records: TextRecord[] = [];
    if (this.rest !== '') this.take(++this.lineCount, this.rest, records);
    // csv-parse reports the quote that was never closed.
    if (this.quotedRecord) {
      this.parseQuoted(this.quotedRecord.line, this.quotedRecord.lines.join('\n'), records);
    }
    return records;
  }

  private take(lineNumber: number, rawLine: string, records: TextRecord[]): void {
    let line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    if (lineNumber === 1) {
      if (this.dialect.header) return;
      line = line.replace(/^\uFEFF/, '');
    }
    if (!this.quotedRecord) {
      if (line === '') return;
      if (!this.dialect.quoted || !line.includes('"')) {
        records.push({ line: lineNumber, fields: line.split(this.dialect.delimiter) });
        return;
      }
      this.quotedRecord = { line: lineNumber, lines: [] };
    }
    this.extendQuotedRecord(this.quotedRecord, line, records);
  }

  private extendQuotedRecord(record: QuotedRecord, line: string, records: TextRecord[]): void {
    record.lines.push(line);
    const text = record.lines.join('\n');
    if (!endsInsideQuotes(text, this.dialect.delimiter)) {
      this.quotedRecord = undefined;
      this.parseQuoted(record.line, text, records);
    } else if (record.lines.length === MAX_RECORD_LINES) {
      this.quotedRecord = undefined;
      const reason = `quote not closed within ${MAX_RECORD_LINES} lines`;
      this.onIssue({ file: this.file, line: record.line, reason });
      record.lines
        .slice(1)
        .forEach((next, index) => this.take(record.line + 1 + index, next, records));
    }
  }

  private parseQuoted(line: number, text: string, records: TextRecord[]): void {
    try {
      const [fields] = parseCsv(text, {
        delimiter: this.dialect.delimiter,
        relax_quotes: true,
        relax_column_count: true,
      });
      records.push({ line, fields });
    } catch (error) {
      if (!(error instanceof CsvError)) throw error;
      // "Quote Not Closed: the parsing is finished…": the part before the colon says it.
      this.onIssue({
        file: this.file,
        line,
        reason: `unreadable CSV: ${error.message.split(':')[0]}`,
      });
    }
  }
}

function countBytes(totalBytes: number, onProgress: OnProgress): Transform {
  let bytesRead = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytesRead += chunk.length;
      onProgress(bytesRead, totalBytes);
      done(null, chunk);
    },
  });
}

/**
 * Streams the records of a delimited UTF-8 or latin1 text file, a read chunk's worth at a time,
 * without holding the file in memory. Records with a broken quote are reported and skipped;
 * checking the fields is the caller's job.
 */
export async function* readRecords(
  file: string,
  dialect: Dialect,
  onIssue: OnIssue,
  onProgress?: OnProgress,
): AsyncGenerator<TextRecord[]> {
  const totalBytes = await fileSize(file);
  const text = createUtf8Transcoder().setEncoding('utf8');
  const stages = [createReadStream(file), text];
  if (onProgress) stages.splice(1, 0, countBytes(totalBytes, onProgress));
  // A failure in any stage destroys the last one, which rethrows it from the loop below.
  pipeline(stages, () => {});
  const splitter = new RecordSplitter(file, dialect, onIssue);
  for await (const chunk of text as AsyncIterable<string>) {
    const records = splitter.push(chunk);
    if (records.length > 0) yield records;
  }
  const last = splitter.end();
  if (last.length > 0) yield last;
}
