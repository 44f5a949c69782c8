/**
 * Runs axe-core, the accessibility rule engine, inside a page. Its source is evaluated through the
 * DevTools protocol, which the page's Content Security Policy does not govern, so the page is tested
 * exactly as served. Violations of the WCAG 2.0–2.2 A/AA rules are what a test asserts; axe's
 * best-practice rules are returned apart, to be reported.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { AxeResults, Result } from 'axe-core';

const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The WCAG 2.2 level A and AA rule tags (2.0 and 2.1 rules stay in force in 2.2). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

export interface AxeFindings {
  /** WCAG A/AA violations: must be none. */
  wcag: Result[];
  /** Best-practice violations that are not WCAG failures: reported, not asserted. */
  bestPractice: Result[];
  /** Checks axe could not decide (contrast over images, for instance): reported for a human to look at. */
  incomplete: Result[];
}

/** Runs axe on the whole document of `page`. */
export const runAxe = async (page: Page): Promise<AxeFindings> => {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(source);
  const results = await page.evaluate(
    (tags) =>
      (window as unknown as { axe: { run: (c: Document, o: object) => Promise<AxeResults> } }).axe.run(document, {
        runOnly: { type: 'tag', values: [...tags, 'best-practice'] },
        resultTypes: ['violations', 'incomplete'],
      }),
    WCAG_TAGS,
  );
  const isWcag = (r: Result) => r.tags.some((t) => WCAG_TAGS.includes(t));
  return {
    wcag: results.violations.filter(isWcag),
    bestPractice: results.violations.filter((r) => !isWcag(r)),
    incomplete: results.incomplete,
  };
};

/** One line per rule and element: "color-contrast (serious) main > p.lead: Element has insufficient…". */
export const describeResults = (results: readonly Result[]): string[] =>
  results.flatMap((r) => r.nodes.map((n) => `${r.id} (${r.impact ?? '?'}) ${n.target.join(' ')}: ${(n.failureSummary ?? r.help).replace(/\s+/g, ' ').trim()}`));
