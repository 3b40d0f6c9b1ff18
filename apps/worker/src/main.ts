import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { loadConfig, runOrExitWithOneLine } from '@prongsai/config';
import { prepareDatabaseLocation } from '@prongsai/persistence';
import { installTemporalRuntimeLogger, stopWhenLauncherGoes } from '@prongsai/platform';
import { Logger } from 'nestjs-pino';
import { WorkerModule } from './worker.module';

void runOrExitWithOneLine('worker', async () => {
  const config = loadConfig();
  const database = await prepareDatabaseLocation(config.database);
  installTemporalRuntimeLogger(config, 'worker');
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot({ ...config, database }), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  stopWhenLauncherGoes();
});
