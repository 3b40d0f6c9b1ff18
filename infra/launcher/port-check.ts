import * as net from 'node:net';
import { ConfigError } from '@prongsai/config';

/** Fails with a line naming the setting when a port the launcher needs is already taken. */
export async function requireFreePort(port: number, setting: string, hint: string): Promise<void> {
  const free = await new Promise<boolean>((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
  if (!free) throw new ConfigError(setting, `port ${port} is already in use (${hint})`);
}
