/**
 * Sends values per key one at a time, and only the newest wanted value once a send finishes:
 * clicking 5★ then 1★ quickly stores 1★, never 5★ after 1★. Values wanted while a send runs
 * replace each other, so at most one stale send is ever in flight.
 */
export class LatestWins<K, V> {
  private readonly wanted = new Map<K, V>();
  private readonly draining = new Map<K, Promise<V>>();

  constructor(private readonly send: (key: K, value: V) => Promise<void>) {}

  /** Resolves with the value stored last, once it is the newest; rejects if that send failed. */
  set(key: K, value: V): Promise<V> {
    this.wanted.set(key, value);
    let done = this.draining.get(key);
    if (done === undefined) {
      done = this.drain(key).finally(() => this.draining.delete(key));
      this.draining.set(key, done);
    }
    return done;
  }

  private async drain(key: K): Promise<V> {
    let failure: unknown = null;
    let value = this.wanted.get(key) as V;
    while (this.wanted.has(key)) {
      value = this.wanted.get(key) as V;
      this.wanted.delete(key);
      try {
        await this.send(key, value);
        failure = null;
      } catch (error) {
        failure = error;
      }
    }
    if (failure !== null) throw failure;
    return value;
  }
}
