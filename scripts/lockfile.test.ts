import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';

// `npm ci` refuses a lock that lacks the optional platform packages of any dependency; see scripts/fix-lockfile.mjs.
describe('package-lock.json', () => {
  it('lists every optional dependency, so npm ci accepts it (run npm run lock:fix if this fails)', () => {
    const lock = JSON.parse(readFileSync(new URL('../package-lock.json', import.meta.url), 'utf8')) as {
      packages: Record<string, { optionalDependencies?: Record<string, string> }>;
    };
    const missing = Object.values(lock.packages).flatMap((e) =>
      Object.keys(e.optionalDependencies ?? {}).filter((name) => !lock.packages[`node_modules/${name}`]),
    );
    expect(missing).toEqual([]);
  });
});
