import * as path from 'node:path';
import { ConfigError } from './config-error';

export type DatabaseTarget =
  | { kind: 'sqlite'; file: string }
  | {
      kind: 'mysql';
      host: string;
      port: number;
      user: string;
      password: string;
      database: string;
      /** The URL with the password masked, for logs and messages. */
      display: string;
      /** MariaDB or MySQL proper: from a mariadb:// URL, else learnt on the first connection. */
      server?: 'mysql' | 'mariadb';
    };

const SQLITE_PREFIX = /^sqlite:(\/\/)?/;

/**
 * Reads DATABASE_URL. Unset means the embedded SQLite file under the data folder.
 * Accepted: `mysql://user:pass@host:port/db`, `mariadb://…`, `sqlite:relative/or/absolute/path`.
 */
export function parseDatabaseUrl(raw: string | undefined, dataDir: string): DatabaseTarget {
  if (raw === undefined || raw.trim() === '') {
    return { kind: 'sqlite', file: path.join(dataDir, 'prongsai.sqlite') };
  }
  const value = raw.trim();
  if (SQLITE_PREFIX.test(value)) {
    const file = value.replace(SQLITE_PREFIX, '');
    if (file === '') throw new ConfigError('DATABASE_URL', 'a sqlite: URL needs a file path, e.g. sqlite:./data/prongsai.sqlite');
    return { kind: 'sqlite', file: path.resolve(file) };
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError('DATABASE_URL', `is not a URL (expected mysql://user:password@host:3306/database or sqlite:FILE), got "${value}"`);
  }
  if (url.protocol !== 'mysql:' && url.protocol !== 'mariadb:') {
    throw new ConfigError('DATABASE_URL', `unsupported scheme "${url.protocol.replace(':', '')}" (use mysql://, mariadb:// or sqlite:)`);
  }
  const database = decodeURIComponent(url.pathname.replace(/^\//, ''));
  if (!/^[A-Za-z0-9_$-]{1,64}$/.test(database)) {
    throw new ConfigError('DATABASE_URL', 'needs a database name after the host, e.g. mysql://root@127.0.0.1:3306/prongsai');
  }
  if (url.hostname === '') throw new ConfigError('DATABASE_URL', 'needs a host, e.g. mysql://root@127.0.0.1:3306/prongsai');
  const port = url.port === '' ? 3306 : Number(url.port);
  const masked = new URL(url.href);
  if (masked.password !== '') masked.password = '***';
  return {
    kind: 'mysql',
    host: url.hostname,
    port,
    user: decodeURIComponent(url.username) || 'root',
    password: decodeURIComponent(url.password),
    database,
    display: masked.href,
    server: url.protocol === 'mariadb:' ? 'mariadb' : undefined,
  };
}
