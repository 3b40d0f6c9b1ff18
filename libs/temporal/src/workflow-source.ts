import * as fs from 'node:fs';
import * as path from 'node:path';
import type { BundleOptions } from '@temporalio/worker';

export interface WorkflowSource {
  workflowsPath: string;
  bundlerOptions?: Pick<BundleOptions, 'webpackConfigHook'>;
}

const REPO_ROOT = path.resolve(__dirname, '../../..');

/**
 * Where the worker finds the workflow code. From the build (`dist/`), the compiled workflows whose
 * imports swc already made relative. From TypeScript sources (tests), the `.ts` files, with the
 * `@prongsai/*` path aliases of tsconfig.json taught to the workflow bundler.
 */
export function workflowSource(): WorkflowSource {
  const fromSources = path.extname(__filename) === '.ts';
  const workflowsPath = path.join(REPO_ROOT, 'workflows/src', fromSources ? 'index.ts' : 'index.js');
  if (!fromSources) return { workflowsPath };
  const alias = tsconfigPathAliases(path.join(REPO_ROOT, 'tsconfig.json'));
  return {
    workflowsPath,
    bundlerOptions: {
      webpackConfigHook: (config) => ({ ...config, resolve: { ...config.resolve, alias: { ...config.resolve?.alias, ...alias } } }),
    },
  };
}

function tsconfigPathAliases(tsconfigFile: string): Record<string, string> {
  const { compilerOptions } = JSON.parse(fs.readFileSync(tsconfigFile, 'utf8')) as { compilerOptions: { paths: Record<string, string[]> } };
  return Object.fromEntries(
    Object.entries(compilerOptions.paths).map(([alias, [target]]) => [alias, path.resolve(path.dirname(tsconfigFile), target)]),
  );
}
