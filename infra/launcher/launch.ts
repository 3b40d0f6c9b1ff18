import * as path from 'node:path';
import { loadConfig } from '@prongsai/config';
import { migrateDatabase } from '@prongsai/persistence';
import { banner } from './banner';
import { EmbeddedTemporal, startEmbeddedTemporal } from './embedded-temporal';
import { ManagedProcess } from './managed-process';
import { requireFreePort } from './port-check';
import { say } from './prefixed-output';
import { waitForHttpOk } from './wait-for-http';

const DIST_ROOT = path.resolve(__dirname, '../..');
const API_MAIN = path.join(DIST_ROOT, 'apps/api/src/main.js');
const WORKER_MAIN = path.join(DIST_ROOT, 'apps/worker/src/main.js');
const STOP_GRACE_MS = 20_000;

/**
 * `npm start`: migrations, the embedded Temporal dev server when TEMPORAL_ADDRESS is not set, the
 * worker and the API, until Ctrl-C (or SIGTERM) or until one of them dies; then everything stops.
 */
export async function launch(): Promise<number> {
  const config = loadConfig();
  await requireFreePort(config.port, 'PORT', 'choose another port for the app');

  say(`database: ${config.database.kind === 'sqlite' ? config.database.file : config.database.display}`);
  const applied = await migrateDatabase(config.database);
  say(applied.length === 0 ? 'database schema is up to date' : `applied migrations: ${applied.join(', ')}`);

  let temporal: EmbeddedTemporal | undefined;
  const children: ManagedProcess[] = [];
  let stopping = false;
  const stopAll = async (): Promise<void> => {
    stopping = true;
    await Promise.all(children.map((child) => child.stop(STOP_GRACE_MS)));
    await temporal?.stop();
  };

  const stopSignal = new Promise<'signal'>((resolve) => {
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(signal, () => resolve('signal'));
  });

  try {
    if (config.temporal.address === undefined) {
      temporal = await startEmbeddedTemporal(config);
      say(`Temporal dev server ready at ${temporal.address}; Web UI ${temporal.uiUrl}`);
    }
    const childEnv: NodeJS.ProcessEnv = {
      ...process.env,
      TEMPORAL_ADDRESS: config.temporal.address ?? temporal?.address,
      LOG_PRETTY: process.env.LOG_PRETTY ?? String(Boolean(process.stdout.isTTY)),
    };
    children.push(ManagedProcess.start('worker', process.execPath, [WORKER_MAIN], childEnv, { ipc: true }));
    children.push(ManagedProcess.start('api', process.execPath, [API_MAIN], childEnv, { ipc: true }));
    const firstExit = Promise.race(children.map((child) => child.exited.then((status) => ({ child, status }))));

    const started = waitForHttpOk(`http://127.0.0.1:${config.port}/health`, 120_000, () => !stopping && children.every((c) => c.running));
    const outcome = await Promise.race([started.then(() => 'started' as const), stopSignal, firstExit.then(() => 'died' as const)]);
    if (outcome === 'started') {
      process.stdout.write(banner(config, temporal?.uiUrl));
      const after = await Promise.race([stopSignal, firstExit.then(() => 'died' as const)]);
      if (after === 'signal') return stopGracefully(stopAll);
    } else if (outcome === 'signal') {
      return stopGracefully(stopAll);
    }
    const { child, status } = await firstExit;
    say(`${child.name} stopped unexpectedly (${status.signal ?? `exit code ${status.code}`}); stopping the rest`);
    await stopAll();
    return 1;
  } catch (error) {
    await stopAll();
    throw error;
  }
}

async function stopGracefully(stopAll: () => Promise<void>): Promise<number> {
  say('stopping…');
  await stopAll();
  say('stopped');
  return 0;
}

