import * as fs from 'node:fs';
import type { TemporalConfig } from '@prongsai/config';
import type { TLSConfig } from '@temporalio/client';

export interface TemporalConnectionSettings {
  address: string;
  tls?: TLSConfig;
  apiKey?: string;
}

/**
 * The connection settings shared by the client (API) and the worker's native connection.
 * `address` must be known: the launcher sets TEMPORAL_ADDRESS for its children once the embedded
 * dev server is up.
 */
export function temporalConnectionSettings(config: TemporalConfig): TemporalConnectionSettings {
  const address = config.address ?? `127.0.0.1:${config.devServerPort}`;
  if (config.tls === undefined) return { address, apiKey: config.apiKey };
  const { clientCertPath, clientKeyPath, serverRootCaPath, serverName } = config.tls;
  const tls: TLSConfig = {
    serverNameOverride: serverName,
    serverRootCACertificate: serverRootCaPath ? fs.readFileSync(serverRootCaPath) : undefined,
    clientCertPair:
      clientCertPath && clientKeyPath ? { crt: fs.readFileSync(clientCertPath), key: fs.readFileSync(clientKeyPath) } : undefined,
  };
  return { address, tls, apiKey: config.apiKey };
}
