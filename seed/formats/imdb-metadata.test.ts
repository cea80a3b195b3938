import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DatasetError } from './dataset-error';
import { readImdbMetadata, type ImdbMetadata } from './imdb-metadata';
import { joinMetadata } from './join-metadata';
import type { ParseIssue } from './parse-issue';
import type { ParsedMovie } from './read-movies';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'reelgraph-imdb-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function fileWith(name: string, content: string): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, content);
  return file;
}

const NBSP = '\u00a0';
const HEADER =
  'color,director_name,actor_2_name,genres,actor_1_name,movie_title,actor_3_name,plot_keywords,movie_imdb_link,title_year,imdb_score';

const AVATAR: ImdbMetadata = {
  imdbId: 499549,
  title: 'Avatar',
  year: 2009,
  directors: ['James Cameron'],
  actors: ['CCH Pounder', 'Joel David Moore', 'Wes Studi'],
  genres: ['Action', 'Adventure', 'Fantasy', 'Sci-Fi'],
  keywords: ['avatar', 'future', 'marine', 'native', 'paraplegic'],
};

describe('readImdbMetadata', () => {
  it('reads the semicolon-separated re-export with its index column and CRLF line ends', async () => {
    const rows = [
      `index;${HEADER.replaceAll(',', ';')}`,
      `1;Color;James Cameron;Joel David Moore;Action|Adventure|Fantasy|Sci-Fi;CCH Pounder;Avatar${NBSP};Wes Studi;avatar|future|marine|native|paraplegic;http://www.imdb.com/title/tt0499549/?ref_=fn_tt_tt_1;2009;7.9`,
      `2;Color;;;Documentary;Jane Doe;Untitled${NBSP};;;http://www.imdb.com/title/tt1234567/?ref_=fn_tt_tt_1;;6.1`,
      `3;Color;James Cameron;Joel David Moore;Action;CCH Pounder;Avatar${NBSP};Wes Studi;;http://www.imdb.com/title/tt0499549/?ref_=fn_tt_tt_1;2009;7.9`,
      `4;Color;Thomas L. Phillips;Joe Coffey;Comedy;Julianna Pitt;Sanctuary;;;;;`,
      `5;Color;Someone`,
    ];
    const file = await fileWith('metadata-semicolon.csv', rows.join('\r\n') + '\r\n');
    const issues: ParseIssue[] = [];
    expect(await readImdbMetadata(file, (issue) => issues.push(issue))).toEqual([
      AVATAR,
      {
        imdbId: 1234567,
        title: 'Untitled',
        year: null,
        directors: [],
        actors: ['Jane Doe'],
        genres: ['Documentary'],
        keywords: [],
      },
    ]);
    expect(issues).toEqual([
      { file, line: 5, reason: "movie_imdb_link '' has no IMDb id" },
      { file, line: 6, reason: 'expected 12 columns, got 3' },
    ]);
  });

  it('reads the comma-separated original, quoted titles and "2009.0" years included', async () => {
    const rows = [
      HEADER,
      `Color,James Cameron,Joel David Moore,Action|Adventure|Fantasy|Sci-Fi,CCH Pounder,Avatar${NBSP},Wes Studi,avatar|future|marine|native|paraplegic,http://www.imdb.com/title/tt0499549/?ref_=fn_tt_tt_1,2009.0,7.9`,
      `Color,Joel Coen,Julianne Moore,Comedy|Crime,Jeff Bridges,"Big Lebowski, The${NBSP}",John Goodman,bowling|rug,http://www.imdb.com/title/tt0118715/?ref_=fn_tt_tt_1,1998,8.2`,
    ];
    const file = await fileWith('metadata-comma.csv', rows.join('\n'));
    const films = await readImdbMetadata(file, () => {});
    expect(films[0]).toEqual(AVATAR);
    expect(films[1]).toMatchObject({ imdbId: 118715, title: 'Big Lebowski, The', year: 1998 });
  });

  it('rejects a file without the columns it needs', async () => {
    const file = await fileWith(
      'not-imdb.csv',
      'movieId,title,genres\n1,Toy Story (1995),Comedy\n',
    );
    await expect(readImdbMetadata(file, () => {})).rejects.toThrow(DatasetError);
    await expect(readImdbMetadata(file, () => {})).rejects.toThrow(
      /has no movie_imdb_link, movie_title, title_year, director_name/,
    );
  });

  it('rejects a missing file', async () => {
    await expect(readImdbMetadata(path.join(dir, 'absent.csv'), () => {})).rejects.toThrow(
      `${path.join(dir, 'absent.csv')} does not exist`,
    );
  });
});

describe('joinMetadata', () => {
  it('joins MovieLens movies to IMDb films by IMDb id', () => {
    const movies: ParsedMovie[] = [
      { id: '72998', title: 'Avatar', year: 2009, genres: ['Action'], imdbId: 499549 },
      { id: '1', title: 'Toy Story', year: 1995, genres: [], imdbId: 114709 },
      { id: '2', title: 'No links', year: null, genres: [] },
    ];
    expect(joinMetadata(movies, [AVATAR])).toEqual(new Map([['72998', AVATAR]]));
  });
});
