/**
 * Two builds of the same sources produce the same bytes: the site in dist/ (built before the browser
 * tests) and a second build into .cache/dist-repeat/. Dates come from the data, never from the
 * clock; file names, search index and preview images do not depend on timing or ordering.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, filesUnder, PROJECT_ROOT } from './support/build.ts';

const DIST = join(PROJECT_ROOT, 'dist');
const REPEAT_DIR = '.cache/dist-repeat';
const REPEAT = join(PROJECT_ROOT, REPEAT_DIR);

describe('two builds of the same commit', () => {
  beforeAll(async () => {
    // The base path and address of dist/ (npm run build): whatever the environment gave it.
    await buildSite({ outDir: REPEAT_DIR });
  }, 900_000);

  it('write the same files', () => {
    expect(filesUnder(REPEAT)).toEqual(filesUnder(DIST));
  });

  it('write every file byte for byte the same', () => {
    const differing = filesUnder(DIST).filter((f) => {
      try {
        return !readFileSync(join(DIST, f)).equals(readFileSync(join(REPEAT, f)));
      } catch {
        return true;
      }
    });
    // If this fails right after a code change, dist/ may be older than the sources: run npm run build.
    expect(differing, `files that differ between dist/ and ${REPEAT_DIR}/`).toEqual([]);
  });
});
