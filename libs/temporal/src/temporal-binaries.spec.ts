import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { findTemporalBinary } from './temporal-binaries';

describe('finding the Temporal binaries', () => {
  const originalPath = process.env.PATH;
  let binDir: string;

  beforeEach(() => {
    binDir = fs.mkdtempSync(path.join(os.tmpdir(), 'prongsai-bin-'));
  });

  afterEach(() => {
    process.env.PATH = originalPath;
    fs.rmSync(binDir, { recursive: true, force: true });
  });

  it('uses TEMPORAL_CLI_PATH as it is when set', () => {
    expect(findTemporalBinary('cli', { explicitPath: '/opt/temporal/temporal', install: false })).toBe('/opt/temporal/temporal');
  });

  it('finds an executable on PATH', () => {
    const binary = path.join(binDir, 'temporal');
    fs.writeFileSync(binary, '#!/bin/sh\n', { mode: 0o755 });
    process.env.PATH = binDir;
    expect(findTemporalBinary('cli', { install: false })).toBe(binary);
  });

  it('passes over a file on PATH that is not executable, and does not install when told not to', () => {
    fs.writeFileSync(path.join(binDir, 'temporal-test-server'), 'not a program', { mode: 0o644 });
    process.env.PATH = binDir;
    expect(findTemporalBinary('testServer', { install: false })).toBeUndefined();
  });
});
