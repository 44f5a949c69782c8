/**
 * Loads many pages quickly in one Chromium: one browser context (shared cache, so the CSS, fonts and
 * scripts every page uses are fetched once), a few tabs working through the list in parallel, and
 * each page's status, console errors, page errors and failed requests recorded.
 */
import type { Browser, Page, Request } from 'playwright-core';

/** What went wrong on one page; an empty `problems` list means it loaded cleanly. */
export interface CrawlResult {
  path: string;
  status: number | undefined;
  problems: string[];
}

export interface CrawlOptions {
  /** Tabs loading pages at the same time. */
  concurrency?: number;
  /** Viewport width. */
  width?: number;
  /** Called after each page, for progress reports. */
  onPage?: (done: number, total: number) => void;
}

/**
 * Visits every path (relative to `base`) and waits for its load event, so every request the page
 * makes on load (styles, scripts, fonts, images not lazily loaded) has finished or failed.
 */
export const crawl = async (browser: Browser, base: string, paths: readonly string[], options: CrawlOptions = {}): Promise<CrawlResult[]> => {
  const context = await browser.newContext({ viewport: { width: options.width ?? 1280, height: 900 } });
  const results: CrawlResult[] = new Array(paths.length);
  let next = 0;
  let done = 0;
  const worker = async (page: Page) => {
    // Each load gets its own record; a request belongs to the load during which it started, so a
    // late failure is reported against the right page. Cancelled requests (net::ERR_ABORTED) are not
    // failures: after the load event the browser still fetches the favicon and fonts for text laid
    // out late, and moving the tab on cancels them. Missing files show up as HTTP 404 responses
    // instead, and the link check finds every reference to a file that does not exist.
    interface Load { problems: string[] }
    let current: Load = { problems: [] };
    const loadOf = new WeakMap<Request, Load>();
    page.on('request', (r) => loadOf.set(r, current));
    page.on('console', (m) => m.type() === 'error' && current.problems.push(`console: ${m.text()}`));
    page.on('pageerror', (e) => current.problems.push(`page error: ${e.message}`));
    page.on('requestfailed', (r) => {
      const load = loadOf.get(r) ?? current;
      const error = r.failure()?.errorText ?? '?';
      if (error.includes('ERR_ABORTED')) return;
      load.problems.push(`request failed: ${r.url()} (${error})`);
    });
    page.on('response', (r) => r.status() >= 400 && (loadOf.get(r.request()) ?? current).problems.push(`HTTP ${r.status()}: ${r.url()}`));
    for (let i = next++; i < paths.length; i = next++) {
      const path = paths[i]!;
      current = { problems: [] };
      let status: number | undefined;
      try {
        const response = await page.goto(new URL(path.replace(/^\//, ''), base).href, { waitUntil: 'load' });
        status = response?.status();
      } catch (e) {
        current.problems.push(`navigation: ${(e as Error).message.split('\n')[0]}`);
      }
      results[i] = { path, status, problems: current.problems };
      options.onPage?.(++done, paths.length);
    }
  };
  try {
    const tabs = await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 3, paths.length) }, () => context.newPage()));
    await Promise.all(tabs.map(worker));
  } finally {
    await context.close();
  }
  return results;
};
