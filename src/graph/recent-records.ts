/**
 * Records by id, read in batches and kept for `ttlMs`: for data only a seed changes (a movie's
 * title, year and ids), so the pages every request draws need no round trip while a seed's
 * changes still show within `ttlMs`. Ids the graph does not have are never kept; past
 * `maxEntries` the least recently read go first.
 */
export class RecentRecords<T> {
  private readonly entries = new Map<string, { record: T; readAt: number }>();

  constructor(
    private readonly read: (ids: readonly string[]) => Promise<Map<string, T>>,
    private readonly ttlMs: number,
    private readonly maxEntries: number,
    private readonly now: () => number = Date.now,
  ) {}

  async byIds(ids: readonly string[]): Promise<Map<string, T>> {
    const now = this.now();
    const found = new Map<string, T>();
    const stale: string[] = [];
    for (const id of ids) {
      const entry = this.entries.get(id);
      if (entry !== undefined && now - entry.readAt < this.ttlMs) found.set(id, entry.record);
      else stale.push(id);
    }
    if (stale.length === 0) return found;
    for (const [id, record] of await this.read(stale)) {
      this.entries.delete(id);
      this.entries.set(id, { record, readAt: now });
      found.set(id, record);
    }
    for (const id of this.entries.keys()) {
      if (this.entries.size <= this.maxEntries) break;
      this.entries.delete(id);
    }
    return found;
  }
}
