import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../tools/static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    origin: string;
  }
}

/** Serve the built site (dist/) on localhost for the browser tests. `npm test` builds it first. */
export default async function setup(project: TestProject) {
  const dist = resolve('dist');
  if (!existsSync(resolve(dist, 'index.html'))) {
    throw new Error('dist/index.html is missing: run `npm run build` before the browser tests (npm test does).');
  }
  const { server, origin } = await serveStatic(dist);
  project.provide('origin', origin);
  return () => new Promise<void>((done) => server.close(() => done()));
}
