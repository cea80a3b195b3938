import type { RawRating } from './dataset';

const INITIAL_CAPACITY = 1 << 16;

/**
 * Ratings as three growing typed columns (user, movie, rating) and the two id lists: what
 * training reads ratings into as they stream in, with no object per rating. Ids are indexed in
 * order of first appearance.
 */
export class RatingColumns {
  readonly userIds: string[] = [];
  readonly movieIds: string[] = [];
  private readonly userIndex = new Map<string, number>();
  private readonly movieIndex = new Map<string, number>();
  /** Index + 1 of each numeric id seen by addNumeric (0: not yet looked up). */
  private userByNumber: Int32Array = new Int32Array(0);
  private movieByNumber: Int32Array = new Int32Array(0);
  private userColumn = new Int32Array(INITIAL_CAPACITY);
  private movieColumn = new Int32Array(INITIAL_CAPACITY);
  private ratingColumn = new Float64Array(INITIAL_CAPACITY);
  length = 0;

  static fromRatings(ratings: readonly RawRating[]): RatingColumns {
    const columns = new RatingColumns();
    for (const { userId, movieId, rating } of ratings) columns.add(userId, movieId, rating);
    return columns;
  }

  add(userId: string, movieId: string, rating: number): void {
    if (!Number.isFinite(rating))
      throw new RangeError(`Rating ${this.length} is not a finite number`);
    if (this.length === this.userColumn.length) this.grow();
    this.userColumn[this.length] = indexOf(userId, this.userIds, this.userIndex);
    this.movieColumn[this.length] = indexOf(movieId, this.movieIds, this.movieIndex);
    this.ratingColumn[this.length] = rating;
    this.length++;
  }

  /**
   * add() for whole-number ids as a byte-level reader parses them: no string per rating, only one
   * per distinct id. Shares the id lists with add(), so `7` and `"7"` are the same user.
   */
  addNumeric(userId: number, movieId: number, rating: number): void {
    if (!Number.isFinite(rating))
      throw new RangeError(`Rating ${this.length} is not a finite number`);
    if (this.length === this.userColumn.length) this.grow();
    this.userByNumber = covering(this.userByNumber, userId);
    this.movieByNumber = covering(this.movieByNumber, movieId);
    const user = numbered(userId, this.userByNumber, this.userIds, this.userIndex);
    const movie = numbered(movieId, this.movieByNumber, this.movieIds, this.movieIndex);
    this.userColumn[this.length] = user;
    this.movieColumn[this.length] = movie;
    this.ratingColumn[this.length] = rating;
    this.length++;
  }

  /** The columns as they stand (views, not copies). */
  get users(): Int32Array {
    return this.userColumn.subarray(0, this.length);
  }

  get movies(): Int32Array {
    return this.movieColumn.subarray(0, this.length);
  }

  get ratings(): Float64Array {
    return this.ratingColumn.subarray(0, this.length);
  }

  private grow(): void {
    const capacity = this.userColumn.length * 2;
    const grown = <T extends Int32Array | Float64Array>(column: T, make: (n: number) => T): T => {
      const next = make(capacity);
      next.set(column);
      return next;
    };
    this.userColumn = grown(this.userColumn, (n) => new Int32Array(n));
    this.movieColumn = grown(this.movieColumn, (n) => new Int32Array(n));
    this.ratingColumn = grown(this.ratingColumn, (n) => new Float64Array(n));
  }
}

function indexOf(id: string, ids: string[], index: Map<string, number>): number {
  let found = index.get(id);
  if (found === undefined) {
    found = ids.push(id) - 1;
    index.set(id, found);
  }
  return found;
}

/** Ids up to this have a slot in the numeric tables; larger ones go through the string map. */
const MAX_TABLED_ID = 1 << 24;

/** The table itself when it has a slot for `id` (or `id` is too large for one), else a copy grown to fit it. */
function covering(table: Int32Array, id: number): Int32Array {
  if (id < table.length || id > MAX_TABLED_ID) return table;
  const grown = new Int32Array(Math.max(id + 1, 2 * table.length, 1024));
  grown.set(table);
  return grown;
}

function numbered(
  id: number,
  table: Int32Array,
  ids: string[],
  index: Map<string, number>,
): number {
  if (id >= table.length) return indexOf(String(id), ids, index);
  let found = table[id] - 1;
  if (found < 0) {
    found = indexOf(String(id), ids, index);
    table[id] = found + 1;
  }
  return found;
}
