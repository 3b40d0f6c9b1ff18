import * as path from 'node:path';
import type { AppConfig } from '@prongsai/config';
import { devServerArgs, findTemporalBinary, waitForTemporal } from '@prongsai/temporal';
import { ManagedProcess } from './managed-process';
import { requireFreePort } from './port-check';
import { say } from './prefixed-output';

export interface EmbeddedTemporal {
  address: string;
  uiUrl: string;
  stop(): Promise<void>;
}

const READY_TIMEOUT_MS = 90_000;

/**
 * Runs the real Temporal dev server with its state in the data folder, so workflows survive a
 * restart. The `temporal` binary comes from TEMPORAL_CLI_PATH, PATH or pip; without pip, the
 * Temporal SDK downloads it.
 */
export async function startEmbeddedTemporal(config: AppConfig): Promise<EmbeddedTemporal> {
  const { devServerPort: port, devServerUiPort: uiPort, namespace } = config.temporal;
  await requireFreePort(port, 'TEMPORAL_DEV_PORT', 'is another Temporal running? stop it, choose another port, or point TEMPORAL_ADDRESS at it');
  await requireFreePort(uiPort, 'TEMPORAL_DEV_UI_PORT', 'choose another port for the Temporal Web UI');
  const dbFile = path.join(config.dataDir, 'temporal.sqlite');
  const address = `127.0.0.1:${port}`;
  const uiUrl = `http://localhost:${uiPort}`;

  const binary = findTemporalBinary('cli', { explicitPath: config.temporal.cliPath, install: true, progress: say });
  if (binary === undefined) return startDownloadedDevServer({ dbFile, port, uiPort, namespace, address, uiUrl });

  say(`starting the Temporal dev server (${binary}), state in ${dbFile}`);
  const server = ManagedProcess.start('temporal', binary, devServerArgs({ dbFile, port, uiPort, namespace }), process.env, { ipc: false });
  try {
    await waitForTemporal(address, READY_TIMEOUT_MS, () => server.running);
  } catch (error) {
    await server.stop(5000);
    throw error;
  }
  return { address, uiUrl, stop: () => server.stop(15_000) };
}

async function startDownloadedDevServer(options: {
  dbFile: string;
  port: number;
  uiPort: number;
  namespace: string;
  address: string;
  uiUrl: string;
}): Promise<EmbeddedTemporal> {
  say('pip is not available: downloading the Temporal CLI through the Temporal SDK…');
  const { TestWorkflowEnvironment } = await import('@temporalio/testing');
  const env = await TestWorkflowEnvironment.createLocal({
    server: {
      executable: { type: 'cached-download' },
      dbFilename: options.dbFile,
      ip: '127.0.0.1',
      port: options.port,
      ui: true,
      uiPort: options.uiPort,
      namespace: options.namespace,
    },
  });
  return { address: options.address, uiUrl: options.uiUrl, stop: () => env.teardown() };
}
