import { LatestWins } from './latest-wins';

/** A send that waits until the test releases it, recording what was sent. */
function controlledSend() {
  const sent: [string, number][] = [];
  const pending: { resolve: () => void; reject: (error: Error) => void }[] = [];
  const send = (key: string, value: number) => {
    sent.push([key, value]);
    return new Promise<void>((resolve, reject) => pending.push({ resolve, reject }));
  };
  const settle = async (how: 'ok' | Error) => {
    const next = pending.shift();
    if (next === undefined) throw new Error('nothing is being sent');
    if (how === 'ok') next.resolve();
    else next.reject(how);
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { sent, send, settle };
}

describe('LatestWins', () => {
  it('sends the last value wanted after the one in flight, skipping those in between', async () => {
    const { sent, send, settle } = controlledSend();
    const queue = new LatestWins(send);
    const done = Promise.all([queue.set('heat', 5), queue.set('heat', 3), queue.set('heat', 1)]);
    await settle('ok');
    await settle('ok');
    expect(await done).toEqual([1, 1, 1]);
    expect(sent).toEqual([
      ['heat', 5],
      ['heat', 1],
    ]);
  });

  it('keeps keys apart', async () => {
    const { sent, send, settle } = controlledSend();
    const queue = new LatestWins(send);
    const done = Promise.all([queue.set('heat', 4), queue.set('alien', 2)]);
    await settle('ok');
    await settle('ok');
    await done;
    expect(sent).toEqual([
      ['heat', 4],
      ['alien', 2],
    ]);
  });

  it('reports a failure of the last send, and recovers when a later one succeeds', async () => {
    const { send, settle } = controlledSend();
    const queue = new LatestWins(send);
    const failed = queue.set('heat', 4);
    await settle(new Error('offline'));
    await expect(failed).rejects.toThrow('offline');

    const retried = queue.set('heat', 4);
    await settle('ok');
    await expect(retried).resolves.toBe(4);
  });
});
