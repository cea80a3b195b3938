import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DatasetError } from './dataset-error';
import { listMl100kSplits, readMl100kSplit } from './ml-100k-splits';
import { detectMovieLensFormat } from './movielens-format';
import type { ParseIssue } from './parse-issue';
import { readMovies } from './read-movies';
import { readRatings, type ParsedRating } from './read-ratings';
import { readTags } from './read-tags';

const temporaryFolders: string[] = [];

async function folderWith(files: Record<string, string | Buffer>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'reelgraph-formats-'));
  temporaryFolders.push(dir);
  for (const [name, content] of Object.entries(files))
    await writeFile(path.join(dir, name), content);
  return dir;
}

afterAll(async () => {
  await Promise.all(temporaryFolders.map((dir) => rm(dir, { recursive: true, force: true })));
});

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

async function allRatings(batches: AsyncIterable<ParsedRating[]>): Promise<ParsedRating[]> {
  return (await collect(batches)).flat();
}

function issueCollector(): { issues: ParseIssue[]; onIssue: (issue: ParseIssue) => void } {
  const issues: ParseIssue[] = [];
  return { issues, onIssue: (issue) => issues.push(issue) };
}

const noIssues = (issue: ParseIssue): never => {
  throw new Error(`unexpected issue: ${JSON.stringify(issue)}`);
};

const latin1 = (text: string): Buffer => Buffer.from(text, 'latin1');

// u.item genre flags: unknown, Action, Adventure, Animation, Children's, Comedy, Crime,
// Documentary, Drama, Fantasy, Film-Noir, Horror, Musical, Mystery, Romance, Sci-Fi, Thriller, War, Western.
const U_ITEM = [
  '1|Toy Story (1995)|01-Jan-1995||http://us.imdb.com/M/title-exact?Toy%20Story%20(1995)|0|0|0|1|1|1|0|0|0|0|0|0|0|0|0|0|0|0|0',
  '2|Misérables, Les (1995)|01-Jan-1995||http://us.imdb.com/M/title-exact?Miserables|0|0|0|0|0|0|0|0|1|0|0|0|0|0|0|0|0|1|0',
  '267|unknown||||1|0|0|0|0|0|0|0|0|0|0|0|0|0|0|0|0|0|0',
  '268|Chasing Amy|01-Jan-1997||http://us.imdb.com/M/title-exact?Chasing%20Amy|0|0|0|0|0|1|0|0|1|0|0|0|0|0|1|0|0|0|0',
].join('\n');

describe('detectMovieLensFormat', () => {
  it('tells the three layouts apart', async () => {
    const csv = await folderWith({ 'ratings.csv': '', 'movies.csv': '' });
    const dat = await folderWith({ 'ratings.dat': '', 'movies.dat': '', 'users.dat': '' });
    const ml100k = await folderWith({ 'u.data': '', 'u.item': '' });
    expect(await detectMovieLensFormat(csv)).toBe('csv');
    expect(await detectMovieLensFormat(dat)).toBe('dat');
    expect(await detectMovieLensFormat(ml100k)).toBe('ml-100k');
  });

  it('says what a folder without ratings should have held', async () => {
    const dir = await folderWith({ 'notes.txt': '' });
    const error = await detectMovieLensFormat(dir).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DatasetError);
    expect((error as DatasetError).message).toBe(
      `${dir} has neither ratings.csv, ratings.dat nor u.data; pass a MovieLens folder such as ml-latest-small`,
    );
  });

  it('rejects a folder with ratings but no movies', async () => {
    const dir = await folderWith({ 'ratings.csv': '' });
    await expect(detectMovieLensFormat(dir)).rejects.toThrow(
      `${dir} has ratings.csv but no movies.csv; pass a MovieLens folder such as ml-latest-small`,
    );
  });

  it('rejects a missing folder and a file', async () => {
    const dir = await folderWith({ 'ratings.csv': '' });
    const missing = path.join(dir, 'ml-nothing');
    await expect(detectMovieLensFormat(missing)).rejects.toThrow(
      new DatasetError(
        `${missing} does not exist; pass a MovieLens folder such as ml-latest-small`,
      ),
    );
    await expect(detectMovieLensFormat(path.join(dir, 'ratings.csv'))).rejects.toThrow(
      /ratings\.csv is not a folder/,
    );
  });
});

describe('csv format (ml-latest, ml-25m, ml-32m)', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await folderWith({
      'movies.csv': [
        'movieId,title,genres',
        '1,Toy Story (1995),Adventure|Animation|Children|Comedy|Fantasy',
        '2,"Matrix, The (1999)",Action|Sci-Fi|Thriller',
        '3,Black Mirror,(no genres listed)',
        '4,Death Note: Desu nôto (2006–2007),Animation',
        '4,Duplicate (2000),Drama',
        '5,Short row (2001)',
      ].join('\n'),
      'links.csv': 'movieId,imdbId,tmdbId\n1,0114709,862\n2,0133093,603\n3,2085059,\n',
      // CRLF line ends, as some re-exports have them.
      'ratings.csv': [
        'userId,movieId,rating,timestamp',
        '1,1,4.0,964982703',
        '1,2,abc,964982704',
        '1,2,9,964982705',
        '1,999999,3.5,964982706',
        '2,1,5',
        '2,3,0.5,964982707',
        '2,4,3.3,964982708',
        '3,2,5.0,964982709',
        '',
      ].join('\r\n'),
      'tags.csv': [
        'userId,movieId,tag,timestamp',
        '1,1,Pixar,1',
        '2,1, pixar ,2',
        '2,2,"cyberpunk, philosophy",3',
        '3,2,,4',
        '3,1,Pixar,5',
      ].join('\n'),
    });
  });

  it('reads movies: title without the year, genres, links by movie id', async () => {
    const { issues, onIssue } = issueCollector();
    expect(await readMovies(dir, 'csv', onIssue)).toEqual([
      {
        id: '1',
        title: 'Toy Story',
        year: 1995,
        genres: ['Adventure', 'Animation', 'Children', 'Comedy', 'Fantasy'],
        imdbId: 114709,
        tmdbId: 862,
      },
      {
        id: '2',
        title: 'Matrix, The',
        year: 1999,
        genres: ['Action', 'Sci-Fi', 'Thriller'],
        imdbId: 133093,
        tmdbId: 603,
      },
      { id: '3', title: 'Black Mirror', year: null, genres: [], imdbId: 2085059 },
      { id: '4', title: 'Death Note: Desu nôto', year: 2006, genres: ['Animation'] },
    ]);
    const file = path.join(dir, 'movies.csv');
    expect(issues).toEqual([
      { file, line: 6, reason: 'duplicate movie id 4' },
      { file, line: 7, reason: 'expected 3 columns, got 2' },
    ]);
  });

  it('reports bad rating rows with file, line and reason, and loads the good ones', async () => {
    const { issues, onIssue } = issueCollector();
    const ratings = await allRatings(
      readRatings(dir, 'csv', onIssue, { knownMovieIds: new Set(['1', '2', '3', '4']) }),
    );
    expect(ratings).toEqual([
      { userId: '1', movieId: '1', rating: 4, ratedAt: 964982703 },
      { userId: '2', movieId: '3', rating: 0.5, ratedAt: 964982707 },
      { userId: '3', movieId: '2', rating: 5, ratedAt: 964982709 },
    ]);
    const file = path.join(dir, 'ratings.csv');
    expect(issues).toEqual([
      { file, line: 3, reason: "rating 'abc' is not a number" },
      { file, line: 4, reason: 'rating 9 is outside 0.5–5' },
      { file, line: 5, reason: 'unknown movie id 999999' },
      { file, line: 6, reason: 'expected 4 columns, got 3' },
      { file, line: 8, reason: 'rating 3.3 is not a multiple of 0.5' },
    ]);
  });

  it('takes any movie id when no known ids are given', async () => {
    const ratings = await allRatings(readRatings(dir, 'csv', () => {}));
    expect(ratings.map((rating) => rating.movieId)).toContain('999999');
  });

  it('yields batches of the requested size and reports bytes read', async () => {
    const progress: Array<[number, number]> = [];
    const batches = await collect(
      readRatings(dir, 'csv', () => {}, {
        batchSize: 2,
        onProgress: (bytesRead, totalBytes) => progress.push([bytesRead, totalBytes]),
      }),
    );
    expect(batches.map((batch) => batch.length)).toEqual([2, 2]);
    const [bytesRead, totalBytes] = progress[progress.length - 1];
    expect(bytesRead).toBe(totalBytes);
    expect(totalBytes).toBe((await stat(path.join(dir, 'ratings.csv'))).size);
  });

  it('rejects a batch size that is not a positive whole number', async () => {
    await expect(collect(readRatings(dir, 'csv', () => {}, { batchSize: 0 }))).rejects.toThrow(
      RangeError,
    );
  });

  it('reads tags lowercased, trimmed and once per movie', async () => {
    const { issues, onIssue } = issueCollector();
    expect(await readTags(dir, 'csv', onIssue)).toEqual([
      { movieId: '1', tag: 'pixar' },
      { movieId: '2', tag: 'cyberpunk, philosophy' },
    ]);
    expect(issues).toEqual([{ file: path.join(dir, 'tags.csv'), line: 5, reason: 'empty tag' }]);
  });

  it('reads a folder without the optional links.csv and tags.csv', async () => {
    const bare = await folderWith({
      'movies.csv': 'movieId,title,genres\n1,Toy Story (1995),Comedy\n',
      'ratings.csv': 'userId,movieId,rating,timestamp\n1,1,4.0,964982703\n',
    });
    expect(await readMovies(bare, 'csv', noIssues)).toEqual([
      { id: '1', title: 'Toy Story', year: 1995, genres: ['Comedy'] },
    ]);
    expect(await readTags(bare, 'csv', noIssues)).toEqual([]);
  });

  it('reports the line a quoted title spanning two lines starts on', async () => {
    const multiline = await folderWith({
      'movies.csv':
        'movieId,title,genres\n1,"Two\nlines (1995)",Comedy\n2,Bad (1996),Drama|\n3,x\n',
    });
    const { issues, onIssue } = issueCollector();
    const movies = await readMovies(multiline, 'csv', onIssue);
    expect(movies.map((movie) => movie.title)).toEqual(['Two\nlines', 'Bad']);
    expect(issues).toEqual([
      { file: path.join(multiline, 'movies.csv'), line: 5, reason: 'expected 3 columns, got 2' },
    ]);
  });
});

describe('dat format (ml-1m, ml-10m)', () => {
  it("reads ml-1m's latin1 files", async () => {
    const dir = await folderWith({
      'movies.dat': latin1(
        [
          "1::Toy Story (1995)::Animation|Children's|Comedy",
          '2::Misérables, Les (1995)::Drama|War',
          '3::"Great Race, The" (1965)::Comedy',
        ].join('\n'),
      ),
      'ratings.dat': '1::1::5::978300760\n1::2::3::978302109\n2::3::x::978302110\n',
      'users.dat': '1::F::1::10::48067\n',
    });
    expect(await readMovies(dir, 'dat', noIssues)).toEqual([
      { id: '1', title: 'Toy Story', year: 1995, genres: ['Animation', 'Children', 'Comedy'] },
      { id: '2', title: 'Misérables, Les', year: 1995, genres: ['Drama', 'War'] },
      { id: '3', title: '"Great Race, The"', year: 1965, genres: ['Comedy'] },
    ]);
    const { issues, onIssue } = issueCollector();
    expect(await allRatings(readRatings(dir, 'dat', onIssue))).toEqual([
      { userId: '1', movieId: '1', rating: 5, ratedAt: 978300760 },
      { userId: '1', movieId: '2', rating: 3, ratedAt: 978302109 },
    ]);
    expect(issues).toEqual([
      { file: path.join(dir, 'ratings.dat'), line: 3, reason: "rating 'x' is not a number" },
    ]);
    expect(await readTags(dir, 'dat', noIssues)).toEqual([]);
  });

  it("reads ml-10m's UTF-8 files and its tags.dat", async () => {
    const dir = await folderWith({
      'movies.dat':
        '1::Toy Story (1995)::Animation|Children|Comedy\n2::Misérables, Les (1995)::Drama\n',
      'ratings.dat': '1::2::4.5::1111111111\n',
      'tags.dat': '15::2::Victor Hugo::1215184630\n20::2::victor hugo::1215184631\n20::7\n',
    });
    const movies = await readMovies(dir, 'dat', noIssues);
    expect(movies.map((movie) => movie.title)).toEqual(['Toy Story', 'Misérables, Les']);
    expect(await allRatings(readRatings(dir, 'dat', noIssues))).toEqual([
      { userId: '1', movieId: '2', rating: 4.5, ratedAt: 1111111111 },
    ]);
    const { issues, onIssue } = issueCollector();
    expect(await readTags(dir, 'dat', onIssue)).toEqual([{ movieId: '2', tag: 'victor hugo' }]);
    expect(issues).toEqual([
      { file: path.join(dir, 'tags.dat'), line: 3, reason: 'expected 4 columns, got 2' },
    ]);
  });
});

describe('ml-100k format', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await folderWith({
      'u.item': latin1(U_ITEM),
      'u.data': '196\t1\t3\t881250949\n186\t2\t3\t891717742\n22\t267\t1\n',
      'u1.base': '1\t1\t5\t874965758\n1\t2\t3\t876893171\n',
      'u1.test': '1\t268\t4\t887431883\n',
      'u2.base': '2\t1\t4\t888550871\n',
      'u2.test': '2\t2\t2\t888551000\n',
      'u3.base': '3\t1\t1\t889237004\n',
      'ua.base': '1\t1\t5\t874965758\n',
      'ua.test': '1\t2\t3\t876893171\n',
    });
  });

  it('reads u.item: latin1 titles, genre flags, release year for titles without one', async () => {
    expect(await readMovies(dir, 'ml-100k', noIssues)).toEqual([
      { id: '1', title: 'Toy Story', year: 1995, genres: ['Animation', 'Children', 'Comedy'] },
      { id: '2', title: 'Misérables, Les', year: 1995, genres: ['Drama', 'War'] },
      { id: '267', title: 'unknown', year: null, genres: [] },
      { id: '268', title: 'Chasing Amy', year: 1997, genres: ['Comedy', 'Drama', 'Romance'] },
    ]);
  });

  it('reads u.data and reports its short row', async () => {
    const { issues, onIssue } = issueCollector();
    expect(await allRatings(readRatings(dir, 'ml-100k', onIssue))).toEqual([
      { userId: '196', movieId: '1', rating: 3, ratedAt: 881250949 },
      { userId: '186', movieId: '2', rating: 3, ratedAt: 891717742 },
    ]);
    expect(issues).toEqual([
      { file: path.join(dir, 'u.data'), line: 3, reason: 'expected 4 columns, got 3' },
    ]);
  });

  it('has no tags', async () => {
    expect(await readTags(dir, 'ml-100k', noIssues)).toEqual([]);
  });

  it('lists the splits that have both halves, and reads them', async () => {
    const splits = await listMl100kSplits(dir);
    expect(splits).toEqual([
      { name: 'u1', base: path.join(dir, 'u1.base'), test: path.join(dir, 'u1.test') },
      { name: 'u2', base: path.join(dir, 'u2.base'), test: path.join(dir, 'u2.test') },
      { name: 'ua', base: path.join(dir, 'ua.base'), test: path.join(dir, 'ua.test') },
    ]);
    const base = await allRatings(readMl100kSplit(splits[0], 'base', noIssues));
    const test = await allRatings(readMl100kSplit(splits[0], 'test', noIssues));
    expect(base.map((rating) => rating.movieId)).toEqual(['1', '2']);
    expect(test).toEqual([{ userId: '1', movieId: '268', rating: 4, ratedAt: 887431883 }]);
  });
});
