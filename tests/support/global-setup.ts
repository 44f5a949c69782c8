/** Starts one static server over dist/ for every browser test file and checks Chromium is there. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { serveStatic } from './static-server.ts';
import { chromiumPath } from '../../scripts/chromium.ts';

export default async function setup(project: TestProject) {
  const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
  if (!existsSync(`${dist}index.html`)) throw new Error('dist/ is missing: run `npm run build` before the browser tests (npm test does both).');
  if (!existsSync(chromiumPath())) {
    throw new Error(`Chromium not found at ${chromiumPath()}: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH.`);
  }
  const { server, url } = await serveStatic(dist);
  project.provide('siteUrl', url);
  return () => new Promise<void>((done) => server.close(() => done()));
}

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
  }
}
