import * as fs from 'node:fs';
import * as path from 'node:path';
import { ConfigError } from './config-error';
import { DatabaseTarget, parseDatabaseUrl } from './database-target';

export interface TemporalTlsConfig {
  clientCertPath?: string;
  clientKeyPath?: string;
  serverRootCaPath?: string;
  serverName?: string;
}

export interface TemporalConfig {
  /** host:port of the Temporal frontend; undefined means the launcher runs the embedded dev server. */
  address?: string;
  namespace: string;
  tls?: TemporalTlsConfig;
  apiKey?: string;
  cliPath?: string;
  devServerPort: number;
  devServerUiPort: number;
}

export interface AppConfig {
  dataDir: string;
  port: number;
  publicBaseUrl: string;
  database: DatabaseTarget;
  temporal: TemporalConfig;
  smtpUrl?: string;
  /** The From of every mail, e.g. `"โปร่งใส อบต.สมัย" <ita@samai.go.th>`. */
  mailFrom: string;
  /** The installation's first administrator, created at the first start when nobody can sign in yet. */
  firstAdmin: { email: string; password?: string };
  logLevel: LogLevel;
  logPretty: boolean;
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export type Environment = Record<string, string | undefined>;

/**
 * Reads and checks every setting from the environment. Throws {@link ConfigError} naming the first
 * setting that cannot be used.
 */
export function loadConfig(env: Environment = processEnvironment()): AppConfig {
  const dataDir = path.resolve(text(env, 'DATA_DIR') ?? 'data');
  const port = portNumber(env, 'PORT', 3000);
  return {
    dataDir,
    port,
    publicBaseUrl: httpUrl(env, 'PUBLIC_BASE_URL') ?? `http://localhost:${port}`,
    database: parseDatabaseUrl(text(env, 'DATABASE_URL'), dataDir),
    temporal: temporalConfig(env),
    smtpUrl: smtpUrl(env),
    mailFrom: mailFrom(env),
    firstAdmin: firstAdmin(env),
    logLevel: oneOf(env, 'LOG_LEVEL', LOG_LEVELS, 'info'),
    logPretty: flag(env, 'LOG_PRETTY', false),
  };
}

/**
 * The process environment, completed by a `.env` file in the working folder when there is one
 * (variables already set win over the file).
 */
export function processEnvironment(): Environment {
  if (fs.existsSync('.env')) process.loadEnvFile('.env');
  return process.env;
}

function temporalConfig(env: Environment): TemporalConfig {
  const address = text(env, 'TEMPORAL_ADDRESS');
  if (address !== undefined && !/^[A-Za-z0-9.-]+:\d{1,5}$/.test(address)) {
    throw new ConfigError('TEMPORAL_ADDRESS', `must be host:port, e.g. temporal.example.org:7233 (got "${address}")`);
  }
  const tls: TemporalTlsConfig = {
    clientCertPath: existingFile(env, 'TEMPORAL_TLS_CERT'),
    clientKeyPath: existingFile(env, 'TEMPORAL_TLS_KEY'),
    serverRootCaPath: existingFile(env, 'TEMPORAL_TLS_CA'),
    serverName: text(env, 'TEMPORAL_TLS_SERVER_NAME'),
  };
  if ((tls.clientCertPath === undefined) !== (tls.clientKeyPath === undefined)) {
    const missing = tls.clientCertPath === undefined ? 'TEMPORAL_TLS_CERT' : 'TEMPORAL_TLS_KEY';
    throw new ConfigError(missing, 'must be set together with its pair (TEMPORAL_TLS_CERT and TEMPORAL_TLS_KEY)');
  }
  const tlsEnabled = flag(env, 'TEMPORAL_TLS', false) || Object.values(tls).some((v) => v !== undefined);
  const apiKey = text(env, 'TEMPORAL_API_KEY');
  if ((tlsEnabled || apiKey !== undefined) && address === undefined) {
    throw new ConfigError('TEMPORAL_ADDRESS', 'must be set when TLS or an API key is configured (the embedded dev server has neither)');
  }
  return {
    address,
    namespace: text(env, 'TEMPORAL_NAMESPACE') ?? 'default',
    tls: tlsEnabled || apiKey !== undefined ? tls : undefined,
    apiKey,
    cliPath: existingFile(env, 'TEMPORAL_CLI_PATH'),
    devServerPort: portNumber(env, 'TEMPORAL_DEV_PORT', 7233),
    devServerUiPort: portNumber(env, 'TEMPORAL_DEV_UI_PORT', 8233),
  };
}

function firstAdmin(env: Environment): AppConfig['firstAdmin'] {
  const email = text(env, 'PRONGSAI_ADMIN_EMAIL') ?? 'admin@prongsai.local';
  if (!/^[^\s@]+@[^\s@]+$/.test(email)) throw new ConfigError('PRONGSAI_ADMIN_EMAIL', `must be an email address (got "${email}")`);
  const password = text(env, 'PRONGSAI_ADMIN_PASSWORD');
  if (password !== undefined && password.length < 10) {
    throw new ConfigError('PRONGSAI_ADMIN_PASSWORD', 'must be at least 10 characters long (the value is not printed)');
  }
  return { email: email.toLowerCase(), password };
}

function text(env: Environment, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

function portNumber(env: Environment, name: string, fallback: number): number {
  const value = text(env, name);
  if (value === undefined) return fallback;
  const port = Number(value);
  if (!/^\d+$/.test(value) || port < 1 || port > 65535) {
    throw new ConfigError(name, `must be a whole number from 1 to 65535 (got "${value}")`);
  }
  return port;
}

function httpUrl(env: Environment, name: string): string | undefined {
  const value = text(env, name);
  if (value === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(name, `must be an http(s) URL such as https://prongsai.example.go.th (got "${value}")`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigError(name, `must start with http:// or https:// (got "${value}")`);
  }
  return value.replace(/\/+$/, '');
}

function mailFrom(env: Environment): string {
  const value = text(env, 'MAIL_FROM') ?? '"Prongsai โปร่งใส" <no-reply@prongsai.localhost>';
  if (!/<[^<>@\s]+@[^<>@\s]+>$|^[^<>@\s]+@[^<>@\s]+$/.test(value)) {
    throw new ConfigError('MAIL_FROM', 'must be an address such as ita@samai.go.th or "อบต.สมัย" <ita@samai.go.th>');
  }
  return value;
}

function smtpUrl(env: Environment): string | undefined {
  const value = text(env, 'SMTP_URL');
  if (value === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError('SMTP_URL', 'must be a URL such as smtp://user:password@mail.example.org:587 (the password is never printed)');
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') {
    throw new ConfigError('SMTP_URL', `must start with smtp:// or smtps:// (got "${url.protocol}//…")`);
  }
  if (url.hostname === '') throw new ConfigError('SMTP_URL', 'needs a host, e.g. smtp://mail.example.org:587');
  return value;
}

function existingFile(env: Environment, name: string): string | undefined {
  const value = text(env, name);
  if (value === undefined) return undefined;
  const file = path.resolve(value);
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
    throw new ConfigError(name, `no such file: ${file}`);
  }
  return file;
}

function flag(env: Environment, name: string, fallback: boolean): boolean {
  const value = text(env, name)?.toLowerCase();
  if (value === undefined) return fallback;
  if (['1', 'true', 'yes', 'on'].includes(value)) return true;
  if (['0', 'false', 'no', 'off'].includes(value)) return false;
  throw new ConfigError(name, `must be true or false (got "${value}")`);
}

function oneOf<const T extends readonly string[]>(env: Environment, name: string, allowed: T, fallback: T[number]): T[number] {
  const value = text(env, name);
  if (value === undefined) return fallback;
  if (!allowed.includes(value)) throw new ConfigError(name, `must be one of ${allowed.join(', ')} (got "${value}")`);
  return value as T[number];
}
