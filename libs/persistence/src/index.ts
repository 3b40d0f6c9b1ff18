export * from './data-source-options';
export * from './database-errors';
export * from './entities';
export * from './open-database';
export * from './serialize-sqlite-transactions';
export { MYSQL_MIGRATIONS } from './migrations/mysql';
export { SQLITE_MIGRATIONS } from './migrations/sqlite';
