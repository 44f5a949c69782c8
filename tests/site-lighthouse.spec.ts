/**
 * Lighthouse, mobile preset with simulated throttling, once per kind of page: accessibility, best
 * practices and SEO at 100 (asserted); performance reported, not asserted, because a shared 2-core
 * machine makes it noisy. Scores, failing audits and lab metrics go to .cache/test-results/lighthouse.json.
 *
 * Pages are audited on the local server while their canonical links name the public site; Lighthouse's
 * canonical audit accepts a canonical on another origin, so the real build is audited as it is.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { siteUrl } from './support/browser.ts';
import { pageTypes } from './support/page-types.ts';
import { CATEGORIES, launchForLighthouse, runLighthouse, type Category, type LighthouseRun } from './support/lighthouse.ts';

const types = pageTypes().filter((t) => t.lighthouse);
const runs: Record<string, LighthouseRun & { path: string }> = {};
const started = performance.now();

let browser: Browser;
let port: number;
beforeAll(async () => {
  ({ browser, port } = await launchForLighthouse());
});
afterAll(async () => {
  await browser?.close();
  mkdirSync('.cache/test-results', { recursive: true });
  writeFileSync('.cache/test-results/lighthouse.json', `${JSON.stringify(runs, null, 2)}\n`);
  const rows = Object.entries(runs).map(([name, r]) => `  ${name.padEnd(28)} ${CATEGORIES.map((c) => String(r.scores[c] ?? '–').padStart(4)).join(' ')}   ${r.seconds.toFixed(0)} s`);
  console.log(
    `Lighthouse (mobile), ${Object.keys(runs).length} runs in ${((performance.now() - started) / 1000).toFixed(0)} s\n` +
      `  ${'page kind'.padEnd(28)} perf a11y  b-p  seo\n${rows.join('\n')}`,
  );
});

describe('Lighthouse, mobile', () => {
  it.each(types.map((t) => [t.name, t] as const))('%s: accessibility, best practices and SEO at 100', { timeout: 180_000 }, async (name, type) => {
    // The 404 page is audited as the file it is (status 200): Lighthouse stops at a 404 document, and a
    // page answering 404 is meant to stay out of search engines, so its SEO score is reported only.
    const path = type.status === 404 ? '/404.html' : type.path;
    const run = await runLighthouse(new URL(path.slice(1), siteUrl()).href, port);
    runs[name] = { ...run, path };
    expect(run.runtimeError, path).toBeUndefined();
    const asserted: Category[] = type.status === 404 ? ['accessibility', 'best-practices'] : ['accessibility', 'best-practices', 'seo'];
    const shortfalls = asserted.filter((c) => run.scores[c] !== 100).map((c) => `${c} ${run.scores[c]}: ${run.failing[c].join('; ')}`);
    expect(shortfalls, path).toEqual([]);
  });
});
