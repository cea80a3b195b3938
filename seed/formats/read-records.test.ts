import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DatasetError } from './dataset-error';
import type { ParseIssue } from './parse-issue';
import { endsInsideQuotes, readRecords, type Dialect, type TextRecord } from './read-records';

const CSV: Dialect = { delimiter: ',', quoted: true, header: true };
const DAT: Dialect = { delimiter: '::', quoted: false, header: false };

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'reelgraph-records-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function read(
  content: string | Buffer,
  dialect: Dialect,
): Promise<{ records: TextRecord[]; issues: ParseIssue[]; file: string }> {
  const file = path.join(dir, `${Math.random().toString(36).slice(2)}.txt`);
  await writeFile(file, content);
  const issues: ParseIssue[] = [];
  const records: TextRecord[] = [];
  for await (const chunk of readRecords(file, dialect, (issue) => issues.push(issue))) {
    records.push(...chunk);
  }
  return { records, issues, file };
}

describe('readRecords', () => {
  it('skips the header, a byte-order mark, CRs and blank lines, counting physical lines', async () => {
    const { records } = await read('\uFEFFa,b\r\n1,2\r\n\r\n3,4', CSV);
    expect(records).toEqual([
      { line: 2, fields: ['1', '2'] },
      { line: 4, fields: ['3', '4'] },
    ]);
    const { records: dat } = await read('\uFEFF1::a\n2::b\n', DAT);
    expect(dat).toEqual([
      { line: 1, fields: ['1', 'a'] },
      { line: 2, fields: ['2', 'b'] },
    ]);
  });

  it('reads quoted fields: delimiters, doubled quotes, line breaks', async () => {
    const { records } = await read(
      'id,title\n1,"Matrix, The (1999)"\n2,"11\'09""01 - September 11 (2002)"\n3,"Two\nlines"\n4,5" Floppy\n',
      CSV,
    );
    expect(records).toEqual([
      { line: 2, fields: ['1', 'Matrix, The (1999)'] },
      { line: 3, fields: ['2', '11\'09"01 - September 11 (2002)'] },
      { line: 4, fields: ['3', 'Two\nlines'] },
      { line: 6, fields: ['4', '5" Floppy'] },
    ]);
  });

  it('takes quotes literally where the format has none', async () => {
    const { records } = await read('3::"Great Race, The" (1965)::Comedy\n', DAT);
    expect(records).toEqual([{ line: 1, fields: ['3', '"Great Race, The" (1965)', 'Comedy'] }]);
  });

  it('reports a quote that is never closed and reads on after it', async () => {
    const rows = [
      'id,title',
      '1,"Unclosed',
      ...Array.from({ length: 120 }, (_, i) => `${i + 2},ok`),
    ];
    const { records, issues, file } = await read(rows.join('\n'), CSV);
    expect(issues).toEqual([{ file, line: 2, reason: 'quote not closed within 100 lines' }]);
    expect(records).toHaveLength(120);
    expect(records[0]).toEqual({ line: 3, fields: ['2', 'ok'] });
  });

  it('reports a quote still open at the end of the file', async () => {
    const { records, issues, file } = await read('id,title\n1,ok\n2,"Unclosed\n', CSV);
    expect(records).toEqual([{ line: 2, fields: ['1', 'ok'] }]);
    expect(issues).toEqual([{ file, line: 3, reason: 'unreadable CSV: Quote Not Closed' }]);
  });

  it('throws a DatasetError for a missing file', async () => {
    await expect(readRecords(path.join(dir, 'absent.csv'), CSV, () => {}).next()).rejects.toThrow(
      DatasetError,
    );
  });
});

describe('endsInsideQuotes', () => {
  it.each([
    ['1,"a,b"', false],
    ['1,"a', true],
    ['1,"a""b', true],
    ['1,"a""b"', false],
    ['1,5" Floppy', false],
    ['1,"Two\nlines"', false],
  ])('%j → %s', (text, inside) => {
    expect(endsInsideQuotes(text, ',')).toBe(inside);
  });
});
