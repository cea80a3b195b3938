import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { RatingCsvParser, readRatingColumns } from './read-rating-columns';

function parse(...chunks: string[]) {
  const parser = new RatingCsvParser();
  for (const chunk of chunks) parser.push(Buffer.from(chunk));
  const columns = parser.end();
  return {
    rows: Array.from({ length: columns.length }, (_, n) => [
      columns.userIds[columns.users[n]],
      columns.movieIds[columns.movies[n]],
      columns.ratings[n],
    ]),
    columns,
  };
}

describe('RatingCsvParser', () => {
  it('reads ids and half-star ratings, skipping the header and timestamps', () => {
    const { rows } = parse(
      'userId,movieId,rating,timestamp\n1,31,2.5,1260759144\n1,1029,3,1\n7,31,4.0,5\n',
    );
    expect(rows).toEqual([
      ['1', '31', 2.5],
      ['1', '1029', 3],
      ['7', '31', 4],
    ]);
  });

  it('gives a number split between chunks, CRLF line ends and a missing last newline', () => {
    const { rows } = parse('12', '3,4', '5,3.', '5,99\r\n8,45,1\r\n9,1,0.5');
    expect(rows).toEqual([
      ['123', '45', 3.5],
      ['8', '45', 1],
      ['9', '1', 0.5],
    ]);
  });

  it('indexes each distinct id once, shared by every rating of it', () => {
    const { columns } = parse('5,10,1\n6,10,2\n5,11,3\n');
    expect(columns.userIds).toEqual(['5', '6']);
    expect(columns.movieIds).toEqual(['10', '11']);
    expect([...columns.users]).toEqual([0, 1, 0]);
    expect([...columns.movies]).toEqual([0, 0, 1]);
  });

  it.each([
    ['a non-numeric id', '1,x9,4\n', 'line 1: .* found "x" in movieId'],
    [
      'a missing rating',
      'userId,movieId,rating\n1,2\n',
      'line 2: .* found the end of the line in movieId',
    ],
    ['an empty rating', '1,2,\n', 'line 1: .* in rating'],
    ['a second header', '1,2,3\nuserId,movieId\n', 'line 2'],
  ])('refuses %s, naming the line', (_, text, message) => {
    expect(() => parse(text)).toThrow(new RegExp(message));
  });

  it('reads a file as a stream', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'rating-columns-'));
    try {
      const file = path.join(dir, 'ratings.csv');
      await writeFile(file, 'userId,movieId,rating,timestamp\n3,4,5,0\n');
      const columns = await readRatingColumns(file);
      expect(columns.length).toBe(1);
      expect(columns.ratings[0]).toBe(5);
    } finally {
      await rm(dir, { recursive: true });
    }
  });
});
