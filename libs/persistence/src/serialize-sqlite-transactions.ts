import type { DataSource, EntityManager } from 'typeorm';

/**
 * TypeORM gives an SQLite database one connection for everything, so two transactions started at
 * the same time (two requests, two activities) would nest as savepoints and a rollback of one
 * could undo the other. On SQLite, transactions therefore wait for each other; MySQL has a pool
 * and needs nothing.
 */
export function serializeSqliteTransactions(dataSource: DataSource): DataSource {
  if (dataSource.options.type !== 'better-sqlite3') return dataSource;
  const manager = dataSource.manager;
  const transaction = manager.transaction.bind(manager) as (...args: unknown[]) => Promise<unknown>;
  let tail: Promise<unknown> = Promise.resolve();
  manager.transaction = ((...args: unknown[]) => {
    const run = tail.then(() => transaction(...args));
    tail = run.catch(() => undefined);
    return run;
  }) as EntityManager['transaction'];
  return dataSource;
}
