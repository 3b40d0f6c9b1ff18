/**
 * When started by the launcher (which gives its children an IPC channel), stop gracefully as soon
 * as the launcher is gone, even if it was killed without a chance to stop us.
 */
export function stopWhenLauncherGoes(): void {
  if (process.send === undefined) return;
  process.channel?.unref();
  process.once('disconnect', () => process.kill(process.pid, 'SIGTERM'));
}
