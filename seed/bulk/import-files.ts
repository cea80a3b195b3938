import path from 'node:path';
import { ImportFiles } from '../../src/graph/offline-import';
import { Catalogue, CatalogueRating } from '../catalogue';
import { RowProgress } from '../progress';
import { moviesDigest } from '../catalogue-digest';
import { catalogueCredits } from '../credits';
import { CsvFile } from './csv-file';
import { IsoTimes } from './iso-time';

/** Rows written per label and relationship type, as the importer will count them. */
export type WrittenRows = Record<string, number>;

/**
 * One rating per user and movie, the last one winning, within each run of a user's ratings, as
 * importer lines. Ids are whole numbers and times ISO strings, so nothing needs quoting: the 25
 * million lines of ML-25M are joined directly (csv-stringify costs about 1.6 µs a row).
 */
class RatingLines {
  private userId: string | undefined;
  private run = new Map<string, CatalogueRating>();
  private readonly times = new IsoTimes();
  lines = 0;
  /** Each movie's number and sum of ratings written, for its ratingCount and ratingSum. */
  readonly totals = new Map<string, { count: number; sum: number }>();

  /** Takes a batch in file order; returns the lines of the runs it finished. */
  add(ratings: readonly CatalogueRating[]): string {
    let text = '';
    for (const rating of ratings) {
      if (rating.userId !== this.userId) text += this.flush();
      this.userId = rating.userId;
      this.run.set(rating.movieId, rating);
    }
    return text;
  }

  flush(): string {
    let text = '';
    for (const { userId, movieId, rating, ratedAt } of this.run.values()) {
      text += `${userId},${movieId},${rating},${this.times.format(ratedAt)}\n`;
      const total = this.totals.get(movieId);
      if (total === undefined) this.totals.set(movieId, { count: 1, sum: rating });
      else {
        total.count += 1;
        total.sum += rating;
      }
    }
    this.lines += this.run.size;
    this.run = new Map();
    return text;
  }
}

/**
 * Streams a catalogue into the node and relationship CSV files of `neo4j-admin database import`,
 * with the same labels, properties and relationships the transactional loader writes. Ratings
 * are written as they are read, so memory holds the movies and the set of user ids, not the
 * ratings. Ratings are expected grouped by user, as MovieLens files are.
 */
export async function writeImportFiles(
  catalogue: Catalogue,
  dir: string,
): Promise<{ files: ImportFiles; rows: WrittenRows; ratingsRead: number }> {
  const csv = (name: string, header: string[]) => new CsvFile(path.join(dir, name), header);
  const { movies } = catalogue;
  const genreNames = [...new Set(movies.flatMap((movie) => movie.genres))];
  const genreFile = csv('genres.csv', ['name:ID(Genre)']);
  await genreFile.write(genreNames.map((name) => [name]));
  const inGenre = csv('in-genre.csv', [':START_ID(Movie)', ':END_ID(Genre)']);
  await inGenre.write(
    movies.flatMap((movie) => [...new Set(movie.genres)].map((genre) => [movie.id, genre])),
  );

  const { people, directed, actedIn } = catalogueCredits(movies);
  const peopleFile = csv('people.csv', ['id:ID(Person)', 'name', ':LABEL']);
  await peopleFile.write(
    people.map(({ id, name, director, actor }) => [
      id,
      name,
      [director ? 'Director' : [], actor ? 'Actor' : []].flat().join(';'),
    ]),
  );
  const directedFile = csv('directed.csv', [':START_ID(Person)', ':END_ID(Movie)']);
  await directedFile.write(directed.map(({ personId, movieId }) => [personId, movieId]));
  const actedInFile = csv('acted-in.csv', [':START_ID(Person)', ':END_ID(Movie)', 'order:long']);
  await actedInFile.write(
    actedIn.map(({ personId, movieId, order }) => [personId, movieId, order]),
  );

  const keywordFile = csv('keywords.csv', ['name:ID(Keyword)']);
  await keywordFile.write(
    [...new Set(movies.flatMap((movie) => movie.keywords))].map((name) => [name]),
  );
  const hasKeyword = csv('has-keyword.csv', [':START_ID(Movie)', ':END_ID(Keyword)']);
  await hasKeyword.write(
    movies.flatMap((movie) => [...new Set(movie.keywords)].map((keyword) => [movie.id, keyword])),
  );

  const availability = catalogue.availability ?? [];
  const providerFile = csv('providers.csv', ['name:ID(Provider)']);
  await providerFile.write(
    [...new Set(availability.map((row) => row.provider))].map((name) => [name]),
  );
  const availableOn = csv('available-on.csv', [':START_ID(Movie)', ':END_ID(Provider)', 'region']);
  await availableOn.write(availability.map((row) => [row.movieId, row.provider, row.region]));

  const catalogueFile = csv('catalogue.csv', [
    'source:ID(Catalogue)',
    'loadedAt:datetime',
    'moviesDigest',
  ]);
  await catalogueFile.write([[catalogue.source, new Date().toISOString(), moviesDigest(movies)]]);

  const userNames = new Map(catalogue.users.map((user) => [user.id, user.name]));
  const ratedFile = csv('rated.csv', [
    ':START_ID(User)',
    ':END_ID(Movie)',
    'rating:double',
    'ratedAt:datetime',
  ]);
  const lines = new RatingLines();
  const progress = new RowProgress(`${catalogue.source} ratings to CSV`, catalogue.expectedRatings);
  let ratingsRead = 0;
  try {
    for await (const ratings of catalogue.ratings) {
      for (const { userId } of ratings) {
        if (!userNames.has(userId)) userNames.set(userId, `${catalogue.source} user ${userId}`);
      }
      const before = lines.lines;
      const text = lines.add(ratings);
      await ratedFile.writeLines(lines.lines - before, text);
      ratingsRead += ratings.length;
      progress.add(ratings.length);
    }
    const before = lines.lines;
    const text = lines.flush();
    await ratedFile.writeLines(lines.lines - before, text);
  } finally {
    progress.stop();
  }
  // Written after the ratings, whose totals each movie carries.
  const movieFile = csv('movies.csv', [
    'id:ID(Movie)',
    'title',
    'year:long',
    'imdbId:long',
    'tmdbId:long',
    'ratingCount:long',
    'ratingSum:double',
  ]);
  await movieFile.write(
    movies.map((movie) => {
      const total = lines.totals.get(movie.id);
      return [
        movie.id,
        movie.title,
        movie.year,
        movie.imdbId,
        movie.tmdbId,
        total?.count ?? 0,
        total?.sum ?? 0,
      ];
    }),
  );
  const userFile = csv('users.csv', ['id:ID(User)', 'name']);
  await userFile.write([...userNames]);

  const nodes = {
    Movie: movieFile,
    Genre: genreFile,
    Person: peopleFile,
    Keyword: keywordFile,
    Provider: providerFile,
    Catalogue: catalogueFile,
    User: userFile,
  };
  const relationships = {
    IN_GENRE: inGenre,
    DIRECTED: directedFile,
    ACTED_IN: actedInFile,
    HAS_KEYWORD: hasKeyword,
    AVAILABLE_ON: availableOn,
    RATED: ratedFile,
  };
  const all = { ...nodes, ...relationships };
  await Promise.all(Object.values(all).map((file) => file.close()));
  return {
    files: {
      nodes: Object.entries(nodes).map(([label, file]) => ({ label, file: file.file })),
      relationships: Object.entries(relationships).map(([type, file]) => ({
        type,
        file: file.file,
      })),
    },
    rows: Object.fromEntries(Object.entries(all).map(([name, file]) => [name, file.rows])),
    ratingsRead,
  };
}
