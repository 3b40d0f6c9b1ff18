import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { pipeWithPrefix } from './prefixed-output';

export interface ExitStatus {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/**
 * A child process of the launcher, its output prefixed with its name. Children run in their own
 * process group so that Ctrl-C reaches only the launcher, which stops them once each, in order.
 * Node children also get an IPC channel: if the launcher dies, they see it close and stop.
 */
export class ManagedProcess {
  readonly exited: Promise<ExitStatus>;
  private exitStatus?: ExitStatus;

  private constructor(
    readonly name: string,
    private readonly child: ChildProcess,
  ) {
    this.exited = once(child, 'exit').then(([code, signal]) => {
      this.exitStatus = { code: code as number | null, signal: signal as NodeJS.Signals | null };
      return this.exitStatus;
    });
    if (child.stdout) pipeWithPrefix(name, child.stdout);
    if (child.stderr) pipeWithPrefix(name, child.stderr);
  }

  static start(name: string, command: string, args: string[], env: NodeJS.ProcessEnv, options: { ipc: boolean }): ManagedProcess {
    const child = spawn(command, args, {
      env,
      detached: true,
      stdio: options.ipc ? ['ignore', 'pipe', 'pipe', 'ipc'] : ['ignore', 'pipe', 'pipe'],
    });
    return new ManagedProcess(name, child);
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  get running(): boolean {
    return this.exitStatus === undefined;
  }

  /** Asks the process to stop; kills it if it is still there after `graceMs`. */
  async stop(graceMs: number): Promise<void> {
    if (!this.running) return;
    this.child.kill('SIGTERM');
    const stopped = await Promise.race([this.exited.then(() => true), sleep(graceMs).then(() => false)]);
    if (!stopped) {
      this.child.kill('SIGKILL');
      await this.exited;
    }
  }
}
