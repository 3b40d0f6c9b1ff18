// Jest runs the TypeScript sources through swc with the same settings as the build (.swcrc), the
// path aliases resolved from this folder.
const fs = require('node:fs');
const path = require('node:path');

const { exclude: _buildOnly, ...swc } = JSON.parse(fs.readFileSync(path.join(__dirname, '.swcrc'), 'utf8'));
swc.jsc.baseUrl = __dirname;
swc.swcrc = false;
const transform = { '^.+\\.ts$': ['@swc/jest', swc], '^.+\\.m?js$': ['@swc/jest', { ...swc, jsc: { ...swc.jsc, parser: { syntax: 'ecmascript' } } }] };
// Nest 12 ships ES modules only. Node 20 can require() them, but Jest's module loader cannot before
// Node 24.9, so Jest compiles them to CommonJS like our own code.
const transformIgnorePatterns = ['/node_modules/(?!(@nestjs|file-type|strtok3|token-types|uint8array-extras|@tokenizer|load-esm)/)'];

/** @type {import('jest').Config} */
module.exports = {
  verbose: true,
  reporters: ['<rootDir>/test/support/verbose-reporter.js', '<rootDir>/test/support/summary-reporter.js'],
  projects: [
    {
      displayName: 'unit',
      rootDir: __dirname,
      testMatch: ['<rootDir>/{apps,libs,workflows,infra}/**/*.spec.ts'],
      testEnvironment: 'node',
      transform,
      transformIgnorePatterns,
    },
    {
      displayName: 'integration',
      rootDir: __dirname,
      testMatch: ['<rootDir>/test/**/*.spec.ts', '<rootDir>/test/**/*.e2e-spec.ts'],
      testEnvironment: 'node',
      transform,
      transformIgnorePatterns,
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      setupFiles: ['<rootDir>/test/support/quiet-temporal-logs.ts'],
      slowTestThreshold: 30,
      // These tests start servers and processes on two shared cores: seconds, not
      // milliseconds. A hang still fails, after a minute.
      testTimeout: 60_000,
    },
  ],
};
