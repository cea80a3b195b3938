import { randomUUID } from 'node:crypto';
import { Database } from '../../src/graph/database';

/** An id, name or e-mail part no other run or suite uses. */
export const uniqueId = (label: string): string => `${label}-${randomUUID().slice(0, 8)}`;

async function userIds(database: Database): Promise<string[]> {
  const [row] = await database.read<{ ids: string[] }>('users/all-user-ids');
  return row.ids;
}

/**
 * The users a suite adds, found by comparing with the users there were before it ran, so
 * `remove` deletes them and their ratings however they were made, and later suites never
 * train on them.
 */
export class AddedUsers {
  private constructor(private readonly before: ReadonlySet<string>) {}

  static async since(database: Database): Promise<AddedUsers> {
    return new AddedUsers(new Set(await userIds(database)));
  }

  /** Deletes the added users with their ratings; resolves to how many there were. */
  async remove(database: Database): Promise<number> {
    const ids = (await userIds(database)).filter((id) => !this.before.has(id));
    if (ids.length === 0) return 0;
    const [row] = await database.write<{ deleted: number }>('users/delete-users', { ids });
    return row.deleted;
  }
}
