import { loadConfig } from '@prongsai/config';
import { migrateDatabase, openDatabase } from '@prongsai/persistence';
import type { DataSource } from 'typeorm';

/**
 * Runs a command against the configured database, bringing its schema up to date first (so a
 * fresh installation needs no separate `prongsai migrate`), and closes it afterwards.
 */
export async function withDatabase<T>(work: (dataSource: DataSource) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const applied = await migrateDatabase(config.database);
  if (applied.length > 0) process.stderr.write(`applied migrations: ${applied.join(', ')}\n`);
  const dataSource = await openDatabase(config.database);
  try {
    return await work(dataSource);
  } finally {
    await dataSource.destroy();
  }
}
