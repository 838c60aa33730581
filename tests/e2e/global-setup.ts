import { existsSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../scripts/lib/static-server';

const BUILD = path.resolve(__dirname, '../../build');

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Serves the production build on loopback for all browser tests. */
export default async function setup(project: TestProject) {
  if (!existsSync(path.join(BUILD, 'index.html')) || !existsSync(path.join(BUILD, 'en/index.html'))) {
    throw new Error('No production build in build/: run `npm run build` first (npm run test:e2e does).');
  }
  const server = await serveStatic(BUILD);
  project.provide('baseUrl', server.url);
  return () => server.close();
}
