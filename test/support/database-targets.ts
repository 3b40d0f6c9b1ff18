import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { DatabaseTarget } from '@prongsai/config';
import { createThrowawayMariaDb } from './mariadb';

export interface TestDatabase {
  target: DatabaseTarget;
  /** Removes the database and everything in it. */
  dispose(): Promise<void>;
}

/** The databases every persistence test runs against: an SQLite file and a real MariaDB. */
export const DATABASE_KINDS = ['sqlite', 'mariadb'] as const;

export async function createTestDatabase(kind: (typeof DATABASE_KINDS)[number]): Promise<TestDatabase> {
  if (kind === 'mariadb') {
    const db = await createThrowawayMariaDb();
    return { target: db.target, dispose: db.drop };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'prongsai-sqlite-'));
  return {
    target: { kind: 'sqlite', file: path.join(dir, 'prongsai.sqlite') },
    dispose: async () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}
