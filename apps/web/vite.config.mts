import react from '@vitejs/plugin-react-swc';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');

/**
 * The web app. `npm run build` writes it to dist/web, which the API serves on its own port;
 * `npm run dev:web` serves it with hot reload and passes /api to the API on PRONGSAI_API (default :3000).
 */
export default defineConfig({
  root: here,
  plugins: [react()],
  resolve: {
    alias: {
      '@prongsai/contracts': path.join(repo, 'libs/contracts/src/index.ts'),
      '@prongsai/domain': path.join(repo, 'libs/domain/src/index.ts'),
      '@prongsai/reports/official-table': path.join(repo, 'libs/reports/src/official-table.ts'),
    },
  },
  build: { outDir: path.join(repo, 'dist/web'), emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 1500 },
  server: {
    port: 5173,
    proxy: { '/api': process.env.PRONGSAI_API ?? 'http://localhost:3000', '/health': process.env.PRONGSAI_API ?? 'http://localhost:3000' },
  },
});
