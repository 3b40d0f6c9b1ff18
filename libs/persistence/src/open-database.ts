import * as fs from 'node:fs';
import * as path from 'node:path';
import type { DatabaseTarget } from '@prongsai/config';
import { createConnection } from 'mysql2/promise';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';
import { describeConnectionFailure } from './database-errors';
import { serializeSqliteTransactions } from './serialize-sqlite-transactions';

/**
 * Makes sure the place the data lives exists: the folder of the SQLite file, or the MySQL database
 * (created with utf8mb4 when missing, so a fresh server needs no manual step). Returns the target
 * completed with what the server turned out to be (MariaDB and MySQL report schemas differently).
 */
export async function prepareDatabaseLocation(target: DatabaseTarget): Promise<DatabaseTarget> {
  if (target.kind === 'sqlite') {
    fs.mkdirSync(path.dirname(target.file), { recursive: true });
    return target;
  }
  let connection;
  try {
    connection = await createConnection({
      host: target.host,
      port: target.port,
      user: target.user,
      password: target.password,
      connectTimeout: 5000,
    });
    await connection.query(
      `CREATE DATABASE IF NOT EXISTS \`${target.database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
    );
    const [[{ version }]] = (await connection.query('SELECT VERSION() AS version')) as unknown as [[{ version: string }]];
    return { ...target, server: /mariadb/i.test(version) ? 'mariadb' : 'mysql' };
  } catch (error) {
    throw describeConnectionFailure(target, error);
  } finally {
    await connection?.end();
  }
}

/** Opens a DataSource, failing with one clear line when the database cannot be reached. */
export async function openDatabase(target: DatabaseTarget): Promise<DataSource> {
  const prepared = await prepareDatabaseLocation(target);
  const dataSource = new DataSource(dataSourceOptions(prepared));
  try {
    return serializeSqliteTransactions(await dataSource.initialize());
  } catch (error) {
    throw describeConnectionFailure(prepared, error);
  }
}

/** Applies every pending migration and returns the names of those it applied. */
export async function migrateDatabase(target: DatabaseTarget): Promise<string[]> {
  const dataSource = await openDatabase(target);
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await dataSource.destroy();
  }
}

/** Names of the migrations not yet applied. */
export async function pendingMigrations(dataSource: DataSource): Promise<string[]> {
  const executed = new Set((await dataSource.query(`SELECT name FROM migrations`).catch(() => [])).map((row: { name: string }) => row.name));
  return dataSource.migrations.map((migration) => migration.name ?? migration.constructor.name).filter((name) => !executed.has(name));
}
