import 'reflect-metadata';
import { loadConfig, runOrExitWithOneLine } from '@prongsai/config';
import { prepareDatabaseLocation } from '@prongsai/persistence';
import { stopWhenLauncherGoes } from '@prongsai/platform';
import { createApiApp } from './create-api-app';

void runOrExitWithOneLine('api', async () => {
  const config = loadConfig();
  await prepareDatabaseLocation(config.database);
  const app = await createApiApp(config);
  await app.listen(config.port);
  stopWhenLauncherGoes();
});
