import type { AppConfig } from '@prongsai/config';
import { DefaultLogger, LogLevel, Runtime } from '@temporalio/worker';
import pino from 'pino';
import { loggerOptions } from './logger-options';

const TEMPORAL_LEVELS: Record<AppConfig['logLevel'], LogLevel> = {
  fatal: 'ERROR',
  error: 'ERROR',
  warn: 'WARN',
  info: 'INFO',
  debug: 'DEBUG',
  trace: 'TRACE',
};

/** Sends the Temporal SDK's own log lines (worker, bundler, core) through the process's pino logger. */
export function installTemporalRuntimeLogger(config: AppConfig, processName: string): void {
  const log = pino(loggerOptions(config, processName)).child({ context: 'temporal' });
  Runtime.install({
    logger: new DefaultLogger(TEMPORAL_LEVELS[config.logLevel], ({ level, message, meta }) => {
      const method = level === 'TRACE' ? 'trace' : level === 'DEBUG' ? 'debug' : level === 'INFO' ? 'info' : level === 'WARN' ? 'warn' : 'error';
      log[method](meta ?? {}, message);
    }),
  });
}
