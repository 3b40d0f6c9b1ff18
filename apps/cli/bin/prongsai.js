#!/usr/bin/env node
// The `prongsai` admin command. It runs the build in dist/ (made by `npm ci` / `npm run build`).
const path = require('node:path');
const main = path.resolve(__dirname, '../../../dist/apps/cli/src/main.js');
try {
  require.resolve(main);
} catch {
  process.stderr.write('prongsai: not built yet; run "npm run build" in the Prongsai folder first\n');
  process.exit(1);
}
require(main);
