import type { TrainedModels } from '../../src/recommend/trained-models';
import { trainedModelsState } from '../../src/recommend/trained-models-state';

/**
 * Asserts that two trainings serve exactly the same thing: the same state, byte for byte, and the
 * same predictions and item–item scores on every `stride`-th
 * user and item (plus unknown ones). Exact equality, not closeness.
 */
export function expectSameModels(actual: TrainedModels, expected: TrainedModels, stride = 1): void {
  expectSameState(trainedModelsState(actual), trainedModelsState(expected), 'models');
  const { data } = expected;
  expect(actual.data.globalMean).toBe(data.globalMean);
  const users = [...sample(data.nUsers, stride), -1];
  const items = [...sample(data.nItems, stride), -1];
  for (const u of users) {
    for (const i of items) {
      for (const model of ['baseline', 'factor'] as const) {
        expect(actual[model].predict(u, i)).toEqual(expected[model].predict(u, i));
      }
    }
  }
  // EASE and MF score every item per user; a few users are enough.
  for (const u of sample(data.nUsers, Math.max(stride, Math.ceil(data.nUsers / 8)))) {
    expect([...actual.itemItem.scoreItems(u).scores]).toEqual([
      ...expected.itemItem.scoreItems(u).scores,
    ]);
    expect([...actual.factor.scoreItems(u).scores]).toEqual([
      ...expected.factor.scoreItems(u).scores,
    ]);
    const ratings = data.userRatings(u);
    expect(actual.factor.foldInUser(ratings)).toEqual(expected.factor.foldInUser(ratings));
  }
}

/** Typed arrays compared as bytes (fast, and exact down to NaN payloads and −0). */
function expectSameState(actual: unknown, expected: unknown, path: string): void {
  if (ArrayBuffer.isView(expected) && ArrayBuffer.isView(actual)) {
    const bytes = (view: ArrayBufferView) =>
      Buffer.from(view.buffer, view.byteOffset, view.byteLength);
    expect({ path, type: tag(actual), same: bytes(actual).equals(bytes(expected)) }).toEqual({
      path,
      type: tag(expected),
      same: true,
    });
  } else if (isPlainObject(expected) && isPlainObject(actual)) {
    expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
    for (const key of Object.keys(expected)) {
      expectSameState(actual[key], expected[key], `${path}.${key}`);
    }
  } else {
    expect(actual).toEqual(expected);
  }
}

const tag = (value: unknown) => Object.prototype.toString.call(value);
const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  tag(value) === '[object Object]';

function sample(n: number, stride: number): number[] {
  return Array.from({ length: Math.ceil(n / stride) }, (_, k) => k * stride);
}
