/**
 * HTML validity of every HTML file the build writes (pages, redirect pages, the 404 page), by
 * html-validate with the recommended rules and the departures justified in .htmlvalidate.mjs.
 * Plain Node, no browser.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, filesUnder } from './support/dist.ts';
import { projectValidator, validateHtml } from './support/html-validate.ts';

const validator = projectValidator();

describe('the validator', () => {
  it('is configured: it rejects a duplicate id, an image without text and a misnested list', async () => {
    const problems = await validateHtml(
      validator,
      '<!DOCTYPE html><html lang="vi"><head><title>Thử</title></head><body><p id="a">x</p><p id="a"><img src="x.png"></p><li>y</li></body></html>',
      'inline.html',
    );
    expect(problems.join('\n')).toMatch(/no-dup-id/);
    expect(problems.join('\n')).toMatch(/wcag\/h37/);
    expect(problems.join('\n')).toMatch(/element-required-ancestor|element-permitted-content/);
  });
});

describe('the built site', () => {
  it('has no HTML error in any file', { timeout: 600_000 }, async () => {
    const files = filesUnder(DIST).filter((f) => f.endsWith('.html'));
    const started = performance.now();
    const cpu = process.cpuUsage();
    const errors: string[] = [];
    for (const file of files) {
      for (const problem of await validateHtml(validator, readFileSync(join(DIST, file), 'utf8'), file)) errors.push(`${file}:${problem}`);
    }
    const { user, system } = process.cpuUsage(cpu);
    // CPU time too: on a shared machine the wall time says more about the neighbours than the check.
    console.log(`html-validate: ${files.length} HTML files in ${((performance.now() - started) / 1000).toFixed(1)} s (CPU ${((user + system) / 1e6).toFixed(1)} s), ${errors.length} problems`);
    expect(files.length).toBeGreaterThan(100);
    expect(errors).toEqual([]);
  });
});
