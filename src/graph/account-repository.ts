import { randomUUID } from 'node:crypto';
import { Neo4jError } from 'neo4j-driver';
import { AppError, badInput } from '../errors';
import { Database } from './database';
import { UserRecord } from './records';

export interface NewAccount {
  name: string;
  email: string;
  passwordHash: string;
}

export interface Credentials {
  user: UserRecord;
  passwordHash: string | null;
}

const CONSTRAINT_FAILED = 'Neo.ClientError.Schema.ConstraintValidationFailed';

const emailTaken = (): AppError =>
  badInput('email', 'an account with this email already exists; sign in instead');

/** Users who sign in: their credentials, and removing them with everything they wrote. */
export class AccountRepository {
  constructor(private readonly database: Database) {}

  /** The unique constraint on :User(email) decides races between two sign-ups. */
  async createAccount(account: NewAccount): Promise<UserRecord> {
    try {
      const [row] = await this.database.write<{ user: UserRecord }>('accounts/create-account', {
        id: randomUUID(),
        ...account,
      });
      return row.user;
    } catch (error) {
      if (error instanceof Neo4jError && error.code === CONSTRAINT_FAILED) throw emailTaken();
      throw error;
    }
  }

  async credentialsByEmail(email: string): Promise<Credentials | null> {
    const [row] = await this.database.read<Credentials>('accounts/credentials-by-email', { email });
    return row ?? null;
  }

  /** Removes the user, their ratings and any other relationship in one transaction. */
  async deleteUser(id: string): Promise<boolean> {
    const [row] = await this.database.write<{ deleted: number }>('users/delete-users', {
      ids: [id],
    });
    return row.deleted > 0;
  }
}
