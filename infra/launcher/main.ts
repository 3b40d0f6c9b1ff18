import 'reflect-metadata';
import { runOrExitWithOneLine } from '@prongsai/config';
import { launch } from './launch';

void runOrExitWithOneLine('prongsai', async () => {
  const exitCode = await launch();
  // Everything we started has stopped; don't wait for idle keep-alive sockets to time out.
  process.exit(exitCode);
});
