import type { RatingDataset } from '../dataset';

/** For each movie, the users who liked it: movie i's are users[pointers[i] .. pointers[i + 1]). */
export interface LikedFans {
  readonly pointers: Int32Array;
  readonly users: Int32Array;
}

const built = new WeakMap<RatingDataset, Map<number, LikedFans>>();

/**
 * The users who rated each movie at least `likedRating`, in the dataset's order, built once per
 * dataset and threshold. Finding similar users walks these lists for up to 50 liked movies per
 * request; on the ML-25M shape that is millions of ratings, and a list of the fans alone reads 4
 * bytes per fan where the ratings cost 12 (user and value) per rating, liked or not.
 */
export function likedFans(data: RatingDataset, likedRating: number): LikedFans {
  let byThreshold = built.get(data);
  if (byThreshold === undefined) built.set(data, (byThreshold = new Map()));
  let fans = byThreshold.get(likedRating);
  if (fans === undefined) byThreshold.set(likedRating, (fans = collect(data, likedRating)));
  return fans;
}

function collect(data: RatingDataset, likedRating: number): LikedFans {
  const { pointers, columns, values } = data.byItem;
  const fanPointers = new Int32Array(data.nItems + 1);
  for (let item = 0; item < data.nItems; item++) {
    let count = 0;
    for (let p = pointers[item]; p < pointers[item + 1]; p++) if (values[p] >= likedRating) count++;
    fanPointers[item + 1] = fanPointers[item] + count;
  }
  const users = new Int32Array(fanPointers[data.nItems]);
  let next = 0;
  for (let p = 0; p < pointers[data.nItems]; p++)
    if (values[p] >= likedRating) users[next++] = columns[p];
  return { pointers: fanPointers, users };
}
