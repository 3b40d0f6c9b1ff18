import type { DatabaseTarget } from '@prongsai/config';
import type { DataSourceOptions } from 'typeorm';
import { ALL_ENTITIES } from './entities';
import { MYSQL_MIGRATIONS } from './migrations/mysql';
import { SQLITE_MIGRATIONS } from './migrations/sqlite';

const CONNECT_TIMEOUT_MS = 5000;

/**
 * The one description of the database used by the API, the worker, the CLI and the tests. The
 * schema only ever changes through migrations: `synchronize` stays off.
 */
export function dataSourceOptions(target: DatabaseTarget): DataSourceOptions {
  if (target.kind === 'sqlite') {
    return {
      type: 'better-sqlite3',
      database: target.file,
      entities: ALL_ENTITIES,
      migrations: SQLITE_MIGRATIONS,
      synchronize: false,
      enableWAL: true,
      // Several processes (api, worker, cli) share the file: wait for a lock instead of failing.
      timeout: 10_000,
    };
  }
  return {
    type: target.server === 'mariadb' ? 'mariadb' : 'mysql',
    host: target.host,
    port: target.port,
    username: target.user,
    password: target.password,
    database: target.database,
    charset: 'utf8mb4_unicode_ci',
    timezone: 'Z',
    connectTimeout: CONNECT_TIMEOUT_MS,
    entities: ALL_ENTITIES,
    migrations: MYSQL_MIGRATIONS,
    synchronize: false,
  };
}
