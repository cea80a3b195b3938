import type { ItemScorer } from './model';

// Local aliases: global lookups are slow in vm sandboxes (jest) and these sit in hot loops.
const { isFinite } = Number;

/**
 * Indices of the k highest finite scores, best first. Ties are broken deterministically by the
 * lower index first. `exclude(i)` drops items (e.g. those the user already rated).
 */
export function topK(
  scores: ArrayLike<number>,
  k: number,
  exclude: (index: number) => boolean = () => false,
): Int32Array {
  // Min-heap on (score, -index): the root is the worst item kept so far.
  const size = Math.max(0, Math.min(k, scores.length));
  const heap = new Int32Array(size);
  let count = 0;
  const worse = (a: number, b: number): boolean =>
    scores[a] < scores[b] || (scores[a] === scores[b] && a > b);
  const siftDown = (start: number): void => {
    let parent = start;
    for (;;) {
      const left = 2 * parent + 1;
      if (left >= count) return;
      const right = left + 1;
      const child = right < count && worse(heap[right], heap[left]) ? right : left;
      if (!worse(heap[child], heap[parent])) return;
      const swap = heap[child];
      heap[child] = heap[parent];
      heap[parent] = swap;
      parent = child;
    }
  };
  if (size === 0) return heap;
  // Once the heap is full, a score below its root's can never enter: one comparison skips most
  // of the catalogue.
  let floor = -Infinity;
  for (let i = 0; i < scores.length; i++) {
    if (scores[i] < floor || !isFinite(scores[i]) || exclude(i)) continue;
    if (count < size) {
      let child = count++;
      heap[child] = i;
      while (child > 0) {
        const parent = (child - 1) >> 1;
        if (!worse(heap[child], heap[parent])) break;
        const swap = heap[child];
        heap[child] = heap[parent];
        heap[parent] = swap;
        child = parent;
      }
      if (count === size) floor = scores[heap[0]];
    } else if (worse(heap[0], i)) {
      heap[0] = i;
      siftDown(0);
      floor = scores[heap[0]];
    }
  }
  const ranked = new Int32Array(count);
  for (let position = count - 1; position >= 0; position--) {
    ranked[position] = heap[0];
    heap[0] = heap[--count];
    siftDown(0);
  }
  return ranked;
}

/** The model's top k items for a user, leaving out the items the user has in the training data. */
export function recommend(model: ItemScorer, userIndex: number, k: number): Int32Array {
  const { data } = model;
  const seen = new Set<number>();
  if (data.hasUser(userIndex)) {
    const { pointers, columns } = data.byUser;
    for (let p = pointers[userIndex]; p < pointers[userIndex + 1]; p++) seen.add(columns[p]);
  }
  return topK(model.scoreItems(userIndex).scores, k, (i) => seen.has(i));
}
