import { DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { AppConfig } from '@prongsai/config';
import { dataSourceOptions, serializeSqliteTransactions } from '@prongsai/persistence';
import { DataSource } from 'typeorm';
import { LoggerModule } from 'nestjs-pino';
import { APP_CONFIG } from './app-config.token';
import { loggerOptions } from './logger-options';

export interface PlatformOptions {
  processName: 'api' | 'worker';
  /** The API applies pending migrations at start; the worker leaves that to it and the launcher. */
  runMigrations: boolean;
}

/** What every Prongsai process shares: its configuration, structured logging and the database. */
@Global()
@Module({})
export class PlatformModule {
  static forRoot(config: AppConfig, options: PlatformOptions): DynamicModule {
    return {
      module: PlatformModule,
      imports: [
        LoggerModule.forRoot({
          pinoHttp: { ...loggerOptions(config, options.processName), autoLogging: { ignore: (req) => req.url?.startsWith('/health') ?? false } },
        }),
        TypeOrmModule.forRootAsync({
          useFactory: () => ({
            ...dataSourceOptions(config.database),
            migrationsRun: options.runMigrations,
            migrationsTransactionMode: 'each',
            // The process checked the database before Nest started: fail at once rather than retry for half a minute.
            retryAttempts: 0,
          }),
          dataSourceFactory: async (options) => serializeSqliteTransactions(await new DataSource(options!).initialize()),
        }),
      ],
      providers: [{ provide: APP_CONFIG, useValue: config }],
      exports: [APP_CONFIG],
    };
  }
}
