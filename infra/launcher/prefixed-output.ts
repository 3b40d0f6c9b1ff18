import * as readline from 'node:readline';
import type { Readable } from 'node:stream';

const COLORS: Record<string, string> = { prongsai: '1', temporal: '35', worker: '36', api: '32' };
const WIDTH = 9;

/** Writes each line of a child's output to our stdout behind the child's name: `api      │ …`. */
export function pipeWithPrefix(name: string, stream: Readable): void {
  const lines = readline.createInterface({ input: stream, crlfDelay: Infinity });
  lines.on('line', (line) => process.stdout.write(`${prefix(name)}${line}\n`));
}

/** A line from the launcher itself. */
export function say(line: string): void {
  process.stdout.write(`${prefix('prongsai')}${line}\n`);
}

function prefix(name: string): string {
  const label = `${name.padEnd(WIDTH)}│ `;
  return process.stdout.isTTY ? `\x1b[${COLORS[name] ?? '0'}m${label}\x1b[0m` : label;
}
