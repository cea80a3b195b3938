import { workerCount, WorkerCountError } from './workers';

describe('workerCount', () => {
  it('is one process, no cluster, unless REELGRAPH_WORKERS says otherwise', () => {
    expect(workerCount({})).toBe(1);
    expect(workerCount({ REELGRAPH_WORKERS: '' })).toBe(1);
    expect(workerCount({ REELGRAPH_WORKERS: ' 3 ' })).toBe(3);
  });

  it.each(['0', '-2', '1.5', 'two', '65'])('refuses %p, saying what it accepts', (raw) => {
    expect(() => workerCount({ REELGRAPH_WORKERS: raw })).toThrow(WorkerCountError);
    expect(() => workerCount({ REELGRAPH_WORKERS: raw })).toThrow(/whole number from 1 to 64/);
  });
});
