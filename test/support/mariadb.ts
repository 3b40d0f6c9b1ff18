import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseDatabaseUrl, type DatabaseTarget } from '@prongsai/config';
import { prepareDatabaseLocation } from '@prongsai/persistence';
import { createConnection } from 'mysql2/promise';

/** The server the MariaDB tests use; a throwaway database is made on it for each test file. */
export const TEST_MYSQL_SERVER = process.env.TEST_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306';
const MARIADBD = '/usr/sbin/mariadbd';

/**
 * Makes sure MariaDB answers: installs it with apt-get and starts it when this machine can (as
 * root), otherwise fails with one line that says what is missing.
 */
export async function ensureMariaDbRunning(): Promise<void> {
  if (await answers()) return;
  if (process.env.TEST_MYSQL_URL !== undefined) {
    throw new Error(`MariaDB/MySQL at TEST_MYSQL_URL (${TEST_MYSQL_SERVER}) does not answer; start it or unset TEST_MYSQL_URL`);
  }
  const root = process.getuid?.() === 0;
  if (!fs.existsSync(MARIADBD)) {
    if (!root) throw new Error('MariaDB is not installed: run "sudo apt-get install -y mariadb-server" or set TEST_MYSQL_URL');
    process.stdout.write('installing mariadb-server with apt-get…\n');
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', 'mariadb-server'], { DEBIAN_FRONTEND: 'noninteractive' });
  }
  if (!root) throw new Error(`MariaDB is not running at 127.0.0.1:3306: start it (sudo start-stop-daemon --start --oknodo --background --exec ${MARIADBD}) or set TEST_MYSQL_URL`);
  process.stdout.write('starting MariaDB…\n');
  fs.mkdirSync('/run/mysqld', { recursive: true });
  spawnSync('chown', ['mysql:mysql', '/run/mysqld']);
  run('start-stop-daemon', ['--start', '--oknodo', '--background', '--exec', MARIADBD]);
  for (let attempt = 0; attempt < 60; attempt += 1) {
    if (await answers()) return;
    await sleep(500);
  }
  throw new Error(`MariaDB was started but does not answer at ${TEST_MYSQL_SERVER} after 30 s; see /var/log/mysql`);
}

/** A new, empty database for one test file, with a way to drop it afterwards. */
export async function createThrowawayMariaDb(): Promise<{ url: string; target: DatabaseTarget; drop(): Promise<void> }> {
  const name = `prongsai_test_${Date.now()}_${randomBytes(3).toString('hex')}`;
  const url = `${TEST_MYSQL_SERVER.replace(/\/$/, '')}/${name}`;
  const target = await prepareDatabaseLocation(parseDatabaseUrl(url, '/nonexistent'));
  return {
    url,
    target,
    drop: async () => {
      const connection = await connect();
      try {
        await connection.query(`DROP DATABASE IF EXISTS \`${name}\``);
      } finally {
        await connection.end();
      }
    },
  };
}

async function answers(): Promise<boolean> {
  try {
    const connection = await connect();
    await connection.end();
    return true;
  } catch {
    return false;
  }
}

function connect() {
  const server = new URL(TEST_MYSQL_SERVER);
  return createConnection({
    host: server.hostname,
    port: Number(server.port || 3306),
    user: decodeURIComponent(server.username) || 'root',
    password: decodeURIComponent(server.password),
    connectTimeout: 3000,
  });
}

function run(command: string, args: string[], env: Record<string, string> = {}): void {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`"${command} ${args.join(' ')}" failed (exit ${result.status})`);
}
