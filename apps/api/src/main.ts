import 'reflect-metadata';
import { loadConfig, runOrExitWithOneLine } from '@prongsai/config';
import { prepareDatabaseLocation } from '@prongsai/persistence';
import { stopWhenLauncherGoes } from '@prongsai/platform';
import { createApiApp } from './create-api-app';

void runOrExitWithOneLine('api', async () => {
  const config = loadConfig();
  const database = await prepareDatabaseLocation(config.database);
  const app = await createApiApp({ ...config, database });
  await app.listen(config.port);
  stopWhenLauncherGoes();
});
