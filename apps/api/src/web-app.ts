import type { INestApplication } from '@nestjs/common';
import express, { type NextFunction, type Request, type Response } from 'express';
import * as fs from 'node:fs';
import * as path from 'node:path';

/** Where `npm run build` puts the web app, seen from the built API (dist/apps/api/src) or its sources (apps/api/src). */
const CANDIDATES = [path.resolve(__dirname, '../../../web'), path.resolve(__dirname, '../../../dist/web')];

/** The built web app's folder, or null when it has not been built. */
export function findWebApp(): string | null {
  return CANDIDATES.find((folder) => fs.existsSync(path.join(folder, 'index.html'))) ?? null;
}

/**
 * Serves the web app on the API's port: its files, and index.html for every other page address
 * (the app routes in the browser). /api and /health stay the API's.
 */
export function serveWebApp(app: INestApplication, folder: string): void {
  const index = path.join(folder, 'index.html');
  app.use('/assets', express.static(path.join(folder, 'assets'), { immutable: true, maxAge: '1y', fallthrough: false }));
  app.use(express.static(folder, { index: false, maxAge: '1h' }));
  app.use((request: Request, response: Response, next: NextFunction) => {
    const isPage = (request.method === 'GET' || request.method === 'HEAD') && !/^\/(api|health)(\/|$)/.test(request.path) && request.accepts('html');
    if (!isPage) return next();
    response.setHeader('cache-control', 'no-cache');
    response.sendFile(index);
  });
}
