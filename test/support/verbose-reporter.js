// Jest's verbose reporter (every test's name), named here so the summary can come from summary-reporter.js.
module.exports = require('@jest/reporters').VerboseReporter;
