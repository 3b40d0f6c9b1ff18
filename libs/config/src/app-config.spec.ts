import * as path from 'node:path';
import { ConfigError } from './config-error';
import { loadConfig } from './app-config';

function problemWith(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loading the configuration', () => {
  it('needs nothing at all: SQLite under ./data, the embedded Temporal, port 3000', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.database).toEqual({ kind: 'sqlite', file: path.resolve('data/prongsai.sqlite') });
    expect(config.temporal).toMatchObject({ address: undefined, namespace: 'default', devServerPort: 7233, devServerUiPort: 8233 });
    expect(config.publicBaseUrl).toBe('http://localhost:3000');
    expect(config.smtpUrl).toBeUndefined();
  });

  it('reads a production MySQL / MariaDB URL, masking the password for display', () => {
    const { database } = loadConfig({ DATABASE_URL: 'mysql://prongsai:s%40cret@db.internal:3307/prongsai' });
    expect(database).toEqual({
      kind: 'mysql',
      host: 'db.internal',
      port: 3307,
      user: 'prongsai',
      password: 's@cret',
      database: 'prongsai',
      display: 'mysql://prongsai:***@db.internal:3307/prongsai',
    });
  });

  it('takes PUBLIC_BASE_URL without its trailing slash', () => {
    expect(loadConfig({ PUBLIC_BASE_URL: 'https://ita.samai.go.th/' }).publicBaseUrl).toBe('https://ita.samai.go.th');
  });

  it.each([
    [{ PORT: '0' }, 'PORT: must be a whole number from 1 to 65535 (got "0")'],
    [{ PORT: '3000x' }, 'PORT: must be a whole number from 1 to 65535 (got "3000x")'],
    [{ DATABASE_URL: 'mysql://root@127.0.0.1:3306' }, 'DATABASE_URL: needs a database name after the host, e.g. mysql://root@127.0.0.1:3306/prongsai'],
    [{ DATABASE_URL: 'not a url' }, 'DATABASE_URL: is not a URL (expected mysql://user:password@host:3306/database or sqlite:FILE), got "not a url"'],
    [{ TEMPORAL_ADDRESS: 'http://temporal:7233' }, 'TEMPORAL_ADDRESS: must be host:port, e.g. temporal.example.org:7233 (got "http://temporal:7233")'],
    [{ TEMPORAL_TLS: 'yes' }, 'TEMPORAL_ADDRESS: must be set when TLS or an API key is configured (the embedded dev server has neither)'],
    [{ TEMPORAL_TLS: 'maybe', TEMPORAL_ADDRESS: 'a:1' }, 'TEMPORAL_TLS: must be true or false (got "maybe")'],
    [{ TEMPORAL_TLS_CERT: '/nonexistent/client.pem', TEMPORAL_ADDRESS: 'a:1' }, 'TEMPORAL_TLS_CERT: no such file: /nonexistent/client.pem'],
    [{ SMTP_URL: 'mail.example.org' }, 'SMTP_URL: must be a URL such as smtp://user:password@mail.example.org:587 (the password is never printed)'],
    [{ SMTP_URL: 'http://mail.example.org' }, 'SMTP_URL: must start with smtp:// or smtps:// (got "http://…")'],
    [{ PUBLIC_BASE_URL: 'ftp://x' }, 'PUBLIC_BASE_URL: must start with http:// or https:// (got "ftp://x")'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL: must be one of fatal, error, warn, info, debug, trace (got "loud")'],
  ])('refuses %j with one line naming the setting', (env, message) => {
    expect(problemWith(env)).toBe(message);
  });

  it('asks for the TLS key when only the certificate is given', () => {
    expect(problemWith({ TEMPORAL_ADDRESS: 'a:1', TEMPORAL_TLS_CERT: __filename })).toBe(
      'TEMPORAL_TLS_KEY: must be set together with its pair (TEMPORAL_TLS_CERT and TEMPORAL_TLS_KEY)',
    );
  });

  it('never prints the SMTP password when the URL is malformed', () => {
    expect(problemWith({ SMTP_URL: 'smtp://user:hunter2@' })).not.toContain('hunter2');
  });
});
