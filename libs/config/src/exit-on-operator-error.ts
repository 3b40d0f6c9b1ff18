import { OperatorError } from './operator-error';

/**
 * Runs the start-up of a process: an {@link OperatorError} stops the process with its one line and
 * no stack trace; anything else is a bug and is thrown with its stack.
 */
export async function runOrExitWithOneLine(processName: string, start: () => Promise<void>): Promise<void> {
  try {
    await start();
  } catch (error) {
    if (!(error instanceof OperatorError)) throw error;
    process.stderr.write(`${processName}: ${error.message}\n`);
    process.exit(1);
  }
}
