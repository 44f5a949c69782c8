/**
 * Accessibility of every kind of page, by axe-core in Chromium with JavaScript on, at a phone width
 * and a desktop width: no violation of a WCAG 2.0, 2.1 or 2.2 level A/AA rule. Best-practice findings
 * and checks axe could not decide are printed and written to .cache/test-results/axe.json.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Browser, BrowserContext } from 'playwright-core';
import { launch, siteUrl } from './support/browser.ts';
import { describeResults, runAxe } from './support/axe.ts';
import { pageTypes } from './support/page-types.ts';

const WIDTHS = { phone: 390, desktop: 1280 };
const types = pageTypes();
const report: Record<string, { bestPractice: string[]; incomplete: string[] }> = {};

let browser: Browser;
const contexts = new Map<number, BrowserContext>();
beforeAll(async () => {
  browser = await launch();
  for (const width of Object.values(WIDTHS)) contexts.set(width, await browser.newContext({ viewport: { width, height: 900 } }));
});
afterAll(async () => {
  await browser?.close();
  mkdirSync('.cache/test-results', { recursive: true });
  writeFileSync('.cache/test-results/axe.json', `${JSON.stringify(report, null, 2)}\n`);
  const notes = Object.entries(report).filter(([, r]) => r.bestPractice.length > 0);
  if (notes.length) console.log(`axe best-practice findings (reported, not asserted):\n${notes.map(([k, r]) => `  ${k}:\n    ${r.bestPractice.join('\n    ')}`).join('\n')}`);
});

describe('the axe run itself', () => {
  it('finds WCAG violations and tells them from best practice', async () => {
    const page = await contexts.get(WIDTHS.desktop)!.newPage();
    try {
      // No language, an image without text, pale text; and a heading level skipped (best practice only).
      await page.setContent('<title>t</title><main><h1>a</h1><h3>b</h3><img src="data:,"><p style="color:#bbb;background:#fff">chữ quá nhạt</p></main>');
      const findings = await runAxe(page);
      expect(findings.wcag.map((r) => r.id).sort()).toEqual(['color-contrast', 'html-has-lang', 'image-alt']);
      expect(findings.bestPractice.map((r) => r.id)).toContain('heading-order');
    } finally {
      await page.close();
    }
  });
});

describe.each(Object.entries(WIDTHS))('axe-core at %s width', (label, width) => {
  it.each(types.map((t) => [t.name, t] as const))('%s has no WCAG 2.2 A/AA violation', { timeout: 60_000 }, async (_, type) => {
    const page = await contexts.get(width)!.newPage();
    try {
      const response = await page.goto(new URL(type.path.slice(1), siteUrl()).href, { waitUntil: 'load' });
      expect(response?.status(), type.path).toBe(type.status);
      if (type.waitFor) await page.locator(type.waitFor).first().waitFor();
      const findings = await runAxe(page);
      report[`${type.name} (${label})`] = { bestPractice: describeResults(findings.bestPractice), incomplete: describeResults(findings.incomplete) };
      expect(describeResults(findings.wcag), type.path).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
