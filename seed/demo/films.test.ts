import fs from 'node:fs';
import { imdbMetadata } from '../shared-datasets';
import { demoFilms, filmId, movieLensGenres, type DemoFilm } from './films';

const IMDB_5000 = imdbMetadata;

describe('demo films', () => {
  test('has at least 170 films with unique slug ids', () => {
    expect(demoFilms.length).toBeGreaterThanOrEqual(170);
    const ids = demoFilms.map((film) => film.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const film of demoFilms) {
      expect(film.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*-\d{4}$/);
      expect(film.id).toBe(filmId(film.title, film.year));
    }
    expect(ids).toEqual(expect.arrayContaining(['heat-1995', 'the-dark-knight-2008']));
  });

  test('every film has credits, MovieLens genres, a plausible year and a few keywords', () => {
    const genres = new Set<string>(movieLensGenres);
    for (const film of demoFilms) {
      expect(film.directors.length).toBeGreaterThanOrEqual(1);
      expect(film.cast.length).toBeGreaterThanOrEqual(3);
      expect(new Set(film.cast).size).toBe(film.cast.length);
      expect(film.genres.length).toBeGreaterThanOrEqual(1);
      expect(film.genres.filter((genre) => !genres.has(genre))).toEqual([]);
      expect(film.year).toBeGreaterThanOrEqual(1920);
      expect(film.year).toBeLessThanOrEqual(2025);
      expect(film.keywords.length).toBeGreaterThanOrEqual(2);
      expect(film.keywords.length).toBeLessThanOrEqual(5);
      for (const keyword of film.keywords) expect(keyword).toBe(keyword.toLowerCase());
    }
  });

  test('has the structure a recommender can explain', () => {
    const filmsBy = (director: string) =>
      demoFilms.filter((film) => film.directors.includes(director)).length;
    for (const director of ['Christopher Nolan', 'Michael Mann', 'Steven Spielberg']) {
      expect(filmsBy(director)).toBeGreaterThanOrEqual(4);
    }
    const horror = demoFilms.filter((film) => film.genres.includes('Horror'));
    expect(horror.length).toBeGreaterThanOrEqual(20);
    const filmsWith = (actor: string) => demoFilms.filter((film) => film.cast.includes(actor));
    expect(filmsWith('Robert De Niro').length).toBeGreaterThanOrEqual(4);
    expect(filmsWith('Al Pacino').length).toBeGreaterThanOrEqual(4);
  });
});

/** Parses delimited text with quoted cells ("" escapes a quote; quotes may span lines). */
function parseDelimited(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char !== '"') cell += char;
      else if (text[i + 1] === '"') cell += text[++i];
      else quoted = false;
    } else if (char === '"') {
      quoted = true;
    } else if (char === delimiter) {
      row.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else {
      cell += char;
    }
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows.filter((cells) => cells.some((value) => value !== ''));
}

interface ImdbFilm {
  title: string;
  year: number;
  director: string;
  actors: string[];
}

function readImdb5000(file: string): ImdbFilm[] {
  const text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const headerLine = text.slice(0, text.search(/\r?\n/));
  const delimiter = headerLine.split(';').length > headerLine.split(',').length ? ';' : ',';
  const [header, ...rows] = parseDelimited(text, delimiter);
  const column = (name: string) => {
    const index = header.indexOf(name);
    if (index < 0) throw new Error(`${file}: no ${name} column`);
    return index;
  };
  const [title, year, director, ...actors] = [
    'movie_title',
    'title_year',
    'director_name',
    'actor_1_name',
    'actor_2_name',
    'actor_3_name',
  ].map(column);
  return rows
    .filter((cells) => cells[year]?.trim())
    .map((cells) => ({
      title: normaliseTitle(cells[title]),
      year: Number(cells[year]),
      director: (cells[director] ?? '').trim(),
      actors: actors.map((index) => (cells[index] ?? '').trim()).filter(Boolean),
    }));
}

function normaliseTitle(title: string): string {
  return title
    .replace(/\u00a0/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * Names compared case- and accent-insensitively and regardless of word order, since sources
 * disagree on East Asian name order ("Bong Joon Ho" / "Joon-ho Bong").
 */
function normaliseName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[\s-]+/)
    .filter(Boolean)
    .sort()
    .join(' ');
}

function factCheck(film: DemoFilm, imdb: ImdbFilm): string[] {
  const names = (list: readonly string[]) => new Set(list.map(normaliseName));
  const problems: string[] = [];
  if (imdb.director && !names(film.directors).has(normaliseName(imdb.director))) {
    problems.push(`director ${film.directors.join(', ')} ≠ ${imdb.director}`);
  }
  const cast = names(film.cast);
  if (imdb.actors.length > 0 && !imdb.actors.some((actor) => cast.has(normaliseName(actor)))) {
    problems.push(`no actor in common with ${imdb.actors.join(', ')}`);
  }
  return problems;
}

const hasImdb5000 = fs.existsSync(IMDB_5000);
const whenImdb5000 = hasImdb5000 ? test : test.skip;

whenImdb5000(
  hasImdb5000
    ? 'demo films agree with IMDB 5000 where both have the film'
    : `fact check against IMDB 5000: ${IMDB_5000} is absent`,
  () => {
    const imdbByTitle = new Map<string, ImdbFilm[]>();
    for (const imdb of readImdb5000(IMDB_5000)) {
      imdbByTitle.set(imdb.title, [...(imdbByTitle.get(imdb.title) ?? []), imdb]);
    }

    const mismatches: string[] = [];
    let matched = 0;
    for (const film of demoFilms) {
      const candidates = (imdbByTitle.get(normaliseTitle(film.title)) ?? []).filter(
        (imdb) => Math.abs(imdb.year - film.year) <= 1,
      );
      if (candidates.length > 0) matched++;
      for (const imdb of candidates) {
        for (const problem of factCheck(film, imdb)) mismatches.push(`${film.id}: ${problem}`);
      }
    }

    console.log(`${matched} of ${demoFilms.length} demo films found in IMDB 5000`);
    expect(mismatches).toEqual([]);
    expect(matched).toBeGreaterThan(80);
  },
);
