import { RatingColumns } from './rating-columns';
/** One explicit rating as it comes from the graph or a CSV file. */
export interface RawRating {
  readonly userId: string;
  readonly movieId: string;
  readonly rating: number;
}

/** Inclusive bounds every rating prediction is clipped to. */
export interface RatingScale {
  readonly min: number;
  readonly max: number;
}

export const DEFAULT_RATING_SCALE: RatingScale = { min: 0.5, max: 5 };

/** A rating of one item by a user, in inner indices. */
export interface IndexedRating {
  readonly itemIndex: number;
  readonly rating: number;
}

/**
 * Compressed sparse rows: row r holds `columns[pointers[r] .. pointers[r + 1])` and the matching
 * `values`, columns ascending.
 */
export interface SparseRows {
  readonly pointers: Int32Array;
  readonly columns: Int32Array;
  readonly values: Float64Array;
}

export interface DatasetOptions {
  readonly scale?: RatingScale;
}

/** A dataset as plain ids and typed arrays (see RatingDataset.state). */
export interface DatasetState {
  readonly userIds: readonly string[];
  readonly itemIds: readonly string[];
  readonly byUser: SparseRows;
  readonly byItem: SparseRows;
  readonly scale: RatingScale;
}

/**
 * Ratings indexed for the models: raw string ids map to dense inner indices (in order of first
 * appearance) and the ratings are stored twice, as CSR by user and by item.
 */
export class RatingDataset {
  readonly nUsers: number;
  readonly nItems: number;
  readonly nRatings: number;
  readonly globalMean: number;

  private readonly userIndexById: ReadonlyMap<string, number>;
  private readonly itemIndexById: ReadonlyMap<string, number>;

  private constructor(
    readonly userIds: readonly string[],
    readonly itemIds: readonly string[],
    /** Row u: the items user u rated. */
    readonly byUser: SparseRows,
    /** Row i: the users who rated item i. */
    readonly byItem: SparseRows,
    readonly scale: RatingScale,
  ) {
    this.nUsers = userIds.length;
    this.nItems = itemIds.length;
    this.nRatings = byUser.columns.length;
    let sum = 0;
    for (const value of byUser.values) sum += value;
    this.globalMean = this.nRatings === 0 ? (scale.min + scale.max) / 2 : sum / this.nRatings;
    this.userIndexById = new Map(userIds.map((id, index) => [id, index]));
    this.itemIndexById = new Map(itemIds.map((id, index) => [id, index]));
  }

  /** Builds the dataset; a repeated (user, item) pair keeps its last rating. */
  static fromRatings(ratings: readonly RawRating[], options: DatasetOptions = {}): RatingDataset {
    return RatingDataset.fromColumns(RatingColumns.fromRatings(ratings), null, options);
  }

  /**
   * Builds the dataset from rating columns, or from the rows `selection` lists in that order
   * (ids are indexed in order of first appearance along it); a repeated (user, item) pair keeps
   * its last rating.
   */
  static fromColumns(
    columns: RatingColumns,
    selection: Int32Array | null,
    options: DatasetOptions = {},
  ): RatingDataset {
    const length = selection === null ? columns.length : selection.length;
    const userIds: string[] = [];
    const itemIds: string[] = [];
    const userMap = new Int32Array(columns.userIds.length).fill(-1);
    const itemMap = new Int32Array(columns.movieIds.length).fill(-1);
    const users = new Int32Array(length);
    const items = new Int32Array(length);
    const values = new Float64Array(length);
    const [sourceUsers, sourceMovies, sourceRatings] = [
      columns.users,
      columns.movies,
      columns.ratings,
    ];
    for (let n = 0; n < length; n++) {
      const row = selection === null ? n : selection[n];
      const user = sourceUsers[row];
      const movie = sourceMovies[row];
      if (userMap[user] < 0) userMap[user] = userIds.push(columns.userIds[user]) - 1;
      if (itemMap[movie] < 0) itemMap[movie] = itemIds.push(columns.movieIds[movie]) - 1;
      users[n] = userMap[user];
      items[n] = itemMap[movie];
      values[n] = sourceRatings[row];
    }
    const byUser = toSparseRows(userIds.length, itemIds.length, users, items, values);
    return new RatingDataset(
      userIds,
      itemIds,
      byUser,
      transpose(byUser, itemIds.length),
      options.scale ?? DEFAULT_RATING_SCALE,
    );
  }

  /** Rebuilds a dataset from `state()` without re-indexing; the arrays are used, not copied. */
  static fromState(state: DatasetState): RatingDataset {
    return new RatingDataset(state.userIds, state.itemIds, state.byUser, state.byItem, state.scale);
  }

  /** Ids and both CSR layouts; the arrays are this dataset's own, so transferring them empties it. */
  state(): DatasetState {
    const { userIds, itemIds, byUser, byItem, scale } = this;
    return { userIds, itemIds, byUser, byItem, scale };
  }

  /** Inner index of a raw user id, or -1 when the user has no ratings here. */
  userIndex(userId: string): number {
    return this.userIndexById.get(userId) ?? -1;
  }

  /** Inner index of a raw item id, or -1 when the item has no ratings here. */
  itemIndex(movieId: string): number {
    return this.itemIndexById.get(movieId) ?? -1;
  }

  hasUser(userIndex: number): boolean {
    return Number.isInteger(userIndex) && userIndex >= 0 && userIndex < this.nUsers;
  }

  hasItem(itemIndex: number): boolean {
    return Number.isInteger(itemIndex) && itemIndex >= 0 && itemIndex < this.nItems;
  }

  userRatings(userIndex: number): IndexedRating[] {
    return rowEntries(this.byUser, userIndex);
  }

  userCount(userIndex: number): number {
    return this.byUser.pointers[userIndex + 1] - this.byUser.pointers[userIndex];
  }

  itemCount(itemIndex: number): number {
    return this.byItem.pointers[itemIndex + 1] - this.byItem.pointers[itemIndex];
  }

  /** The ratings back as raw records (user by user). */
  toRatings(): RawRating[] {
    const ratings: RawRating[] = [];
    const { pointers, columns, values } = this.byUser;
    for (let u = 0; u < this.nUsers; u++) {
      for (let p = pointers[u]; p < pointers[u + 1]; p++) {
        ratings.push({
          userId: this.userIds[u],
          movieId: this.itemIds[columns[p]],
          rating: values[p],
        });
      }
    }
    return ratings;
  }

  clip(estimate: number): number {
    return Math.min(this.scale.max, Math.max(this.scale.min, estimate));
  }
}

function rowEntries(rows: SparseRows, row: number): IndexedRating[] {
  const entries: IndexedRating[] = [];
  for (let p = rows.pointers[row]; p < rows.pointers[row + 1]; p++) {
    entries.push({ itemIndex: rows.columns[p], rating: rows.values[p] });
  }
  return entries;
}

/** Counting sort of (row, column, value) triples into CSR, columns ascending, last duplicate wins. */
function toSparseRows(
  nRows: number,
  nColumns: number,
  rows: Int32Array,
  columns: Int32Array,
  values: Float64Array,
): SparseRows {
  // Sort by column first (stable), then by row, so each row comes out with ascending columns.
  const byColumn = stableBucketOrder(columns, nColumns, null);
  const order = stableBucketOrder(rows, nRows, byColumn);
  const pointers = new Int32Array(nRows + 1);
  const outColumns = new Int32Array(order.length);
  const outValues = new Float64Array(order.length);
  let kept = 0;
  let previousRow = -1;
  let previousColumn = -1;
  for (const n of order) {
    const row = rows[n];
    const column = columns[n];
    if (row === previousRow && column === previousColumn) {
      outValues[kept - 1] = values[n];
      continue;
    }
    outColumns[kept] = column;
    outValues[kept] = values[n];
    kept++;
    pointers[row + 1]++;
    previousRow = row;
    previousColumn = column;
  }
  for (let r = 0; r < nRows; r++) pointers[r + 1] += pointers[r];
  return { pointers, columns: outColumns.slice(0, kept), values: outValues.slice(0, kept) };
}

/** Positions of `keys` in stable key order, visiting them in `within` order when given. */
function stableBucketOrder(keys: Int32Array, nKeys: number, within: Int32Array | null): Int32Array {
  const starts = new Int32Array(nKeys + 1);
  for (const key of keys) starts[key + 1]++;
  for (let k = 0; k < nKeys; k++) starts[k + 1] += starts[k];
  const order = new Int32Array(keys.length);
  for (let m = 0; m < keys.length; m++) {
    const n = within === null ? m : within[m];
    order[starts[keys[n]]++] = n;
  }
  return order;
}

function transpose(rows: SparseRows, nColumns: number): SparseRows {
  const pointers = new Int32Array(nColumns + 1);
  for (const column of rows.columns) pointers[column + 1]++;
  for (let c = 0; c < nColumns; c++) pointers[c + 1] += pointers[c];
  const next = pointers.slice(0, nColumns);
  const columns = new Int32Array(rows.columns.length);
  const values = new Float64Array(rows.columns.length);
  const nRows = rows.pointers.length - 1;
  for (let r = 0; r < nRows; r++) {
    for (let p = rows.pointers[r]; p < rows.pointers[r + 1]; p++) {
      const slot = next[rows.columns[p]]++;
      columns[slot] = r;
      values[slot] = rows.values[p];
    }
  }
  return { pointers, columns, values };
}
