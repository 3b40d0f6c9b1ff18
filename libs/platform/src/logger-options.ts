import type { AppConfig } from '@prongsai/config';
import type { LoggerOptions } from 'pino';

/**
 * Structured JSON logs (pino) tagged with the process name; human-readable lines when LOG_PRETTY is
 * set (the launcher sets it when it prints to a terminal).
 */
export function loggerOptions(config: AppConfig, processName: string): LoggerOptions {
  return {
    level: config.logLevel,
    base: { process: processName },
    redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
    transport: config.logPretty
      ? { target: 'pino-pretty', options: { singleLine: true, ignore: 'pid,hostname,process', translateTime: 'SYS:HH:MM:ss' } }
      : undefined,
  };
}
