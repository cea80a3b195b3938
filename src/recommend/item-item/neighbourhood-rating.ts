import type { BaselineModel } from '../baseline';
import type { SparseItemModel } from './sparse-item-model';

/** A user's rated items (dataset indices), their ratings and the user's baseline bias. */
export interface RatedItems {
  readonly items: ArrayLike<number>;
  readonly ratings: ArrayLike<number>;
  readonly bias: number;
  /**
   * listPositions of `items`, when known: then only the rated movies with a weight into the
   * estimated one are visited, not every rating (thousands for a heavy rater).
   */
  readonly positions?: Int32Array;
}

/**
 * A neighbourhood rating estimate that needs no training of its own: KNNBaseline with the sparse
 * model's positive learned weights as the similarities,
 * r̂ = b_ui + Σ_j w(j→i)·(r_uj − b_uj) / (Σ_j w(j→i) + shrinkage), over the rated j that predict i.
 * Not clipped. It takes the place of a separate item-kNN (a second Σ_u n_u² walk and
 * movies × 1000 stored neighbours) in the rating blend.
 */
export function neighbourhoodRating(
  itemItem: SparseItemModel,
  baseline: BaselineModel,
  user: RatedItems,
  itemIndex: number,
  shrinkage: number,
): number {
  const { data, itemBias } = baseline;
  const base = data.globalMean + user.bias;
  if (!data.hasItem(itemIndex)) return base;
  let weighted = 0;
  let total = 0;
  const add = (n: number) => {
    const j = user.items[n];
    const weight = itemItem.weight(j, itemIndex);
    if (!(weight > 0)) return;
    weighted += weight * (user.ratings[n] - base - itemBias[j]);
    total += weight;
  };
  if (user.positions === undefined) {
    for (let n = 0; n < user.items.length; n++) add(n);
  } else {
    for (const n of itemItem.ratedSourcesOf(itemIndex, user.positions)) add(n);
  }
  return base + itemBias[itemIndex] + (total > 0 ? weighted / (total + shrinkage) : 0);
}

/** A training user's rated items as neighbourhoodRating reads them (nothing for -1). */
export function trainingUser(baseline: BaselineModel, userIndex: number): RatedItems {
  const { data } = baseline;
  if (!data.hasUser(userIndex)) return { items: [], ratings: [], bias: 0 };
  const { pointers, columns, values } = data.byUser;
  const start = pointers[userIndex];
  const end = pointers[userIndex + 1];
  return {
    items: columns.subarray(start, end),
    ratings: values.subarray(start, end),
    bias: baseline.userBias[userIndex],
  };
}
