/**
 * Launches Debian's Chromium through playwright-core (no browser download) and opens pages while
 * recording console errors and failed requests, which every page test asserts are absent.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { launchChromium } from '../../scripts/chromium.ts';

/** Starts a headless Chromium, with extra command-line flags if given. */
export const launch = launchChromium;

/** The base URL of the built site under test, ending in "/". */
export const siteUrl = (): string => inject('siteUrl');

/** A page with the problems it ran into. */
export interface VisitedPage {
  page: Page;
  status: number | undefined;
  problems: string[];
}

/** Opens `path` (relative to the site root, no leading slash needed) and collects problems. */
export const visit = async (browser: Browser, path: string, options: { javaScript?: boolean; width?: number } = {}): Promise<VisitedPage> => {
  const context = await browser.newContext({ javaScriptEnabled: options.javaScript ?? true, viewport: { width: options.width ?? 1280, height: 900 } });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
  page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
  const response = await page.goto(new URL(path.replace(/^\//, ''), siteUrl()).href, { waitUntil: 'load' });
  return { page, status: response?.status(), problems };
};

/**
 * One Chromium for a test file: `open` visits a page and asserts it loaded with status 200, no console
 * error and no failed request; `visit` returns the page without asserting (for 404s and redirects).
 */
export const useBrowser = () => {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  const visitPage = (path: string, options?: Parameters<typeof visit>[2]) => visit(browser!, path, options);
  const open = async (path: string, options?: Parameters<typeof visit>[2]): Promise<Page> => {
    const v = await visitPage(path, options);
    expect(v.status, path).toBe(200);
    expect(v.problems, path).toEqual([]);
    return v.page;
  };
  return { open, visit: visitPage };
};
