import { RecentRecords } from './recent-records';

function counted(records: Record<string, string>) {
  const asked: string[][] = [];
  const read = async (ids: readonly string[]) => {
    asked.push([...ids]);
    return new Map(ids.flatMap((id) => (id in records ? [[id, records[id]] as const] : [])));
  };
  return { asked, read };
}

describe('RecentRecords', () => {
  it('reads only ids it has not read within the time to live', async () => {
    let now = 0;
    const { asked, read } = counted({ a: 'A', b: 'B', c: 'C' });
    const recent = new RecentRecords(read, 1000, 10, () => now);
    expect([...(await recent.byIds(['a', 'b']))]).toEqual([
      ['a', 'A'],
      ['b', 'B'],
    ]);
    now = 999;
    expect([...(await recent.byIds(['b', 'c']))]).toEqual([
      ['b', 'B'],
      ['c', 'C'],
    ]);
    expect(asked).toEqual([['a', 'b'], ['c']]);
  });

  it('reads a record again once it is older than the time to live', async () => {
    let now = 0;
    const records = { a: 'old title' };
    const { asked, read } = counted(records);
    const recent = new RecentRecords(read, 1000, 10, () => now);
    await recent.byIds(['a']);
    records.a = 'new title';
    now = 1000;
    expect((await recent.byIds(['a'])).get('a')).toBe('new title');
    expect(asked).toEqual([['a'], ['a']]);
  });

  it('never keeps an id the source does not have', async () => {
    const { asked, read } = counted({});
    const recent = new RecentRecords(read, 1000, 10, () => 0);
    expect((await recent.byIds(['gone'])).size).toBe(0);
    expect((await recent.byIds(['gone'])).size).toBe(0);
    expect(asked).toEqual([['gone'], ['gone']]);
  });

  it('forgets the least recently read past its size', async () => {
    const { asked, read } = counted({ a: 'A', b: 'B', c: 'C' });
    const recent = new RecentRecords(read, 1000, 2, () => 0);
    await recent.byIds(['a', 'b']);
    await recent.byIds(['c']);
    await recent.byIds(['b', 'c']);
    await recent.byIds(['a']);
    expect(asked).toEqual([['a', 'b'], ['c'], ['a']]);
  });
});
