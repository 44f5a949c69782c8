/**
 * Measurements in a real browser (Debian's Chromium through playwright-core, no download):
 * - search: what the search page transfers from pagefind/ for a first query, and how long until the
 *   first result shows, unthrottled and on a slow 4G network with a 4× slower CPU (DevTools' throttling,
 *   as Lighthouse's mobile preset sets it);
 * - Lighthouse (mobile, its default simulated throttling) on a few page types.
 * The site is served by serve.ts with gzip, so transferred bytes are what a reader downloads.
 */
import type { Browser } from 'playwright-core';
import { launchChromium, launchForLighthouse } from '../chromium.ts';
import type { Throttle } from './serve.ts';


/**
 * Lighthouse's mobile "slow 4G" (150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up) applied through DevTools,
 * with Lighthouse's own adjustment for DevTools throttling (latency × 3.75, throughput × 0.9).
 */
export const SLOW_4G = { latency: 150 * 3.75, downloadThroughput: (1.6 * 1024 * 1024 * 0.9) / 8, uploadThroughput: (750 * 1024 * 0.9) / 8 };
/** The same link for serve.ts. */
export const SLOW_LINK: Throttle = { latencyMs: SLOW_4G.latency, bytesPerSecond: SLOW_4G.downloadThroughput };
export const CPU_SLOWDOWN = 4;

/** One search measurement. */
export interface SearchProbe {
  query: string;
  results: number;
  /** Bytes transferred for pagefind/ files (headers excluded) until the first result showed, on the slow link. */
  pagefindBytesToFirstResult: number;
  /** The same once the page is idle (the filter lists load after the results), and how many requests. */
  pagefindBytes: number;
  pagefindRequests: number;
  /** All bytes the page transferred, pagefind included. */
  totalBytes: number;
  /** From navigation to the first result shown, unthrottled and throttled. */
  firstResultMs: number;
  throttledFirstResultMs?: number;
  largestPagefindFile?: { url: string; bytes: number };
}

const RESULT = '[data-search-results] li';

const searchOnce = async (browser: Browser, url: string, throttle: boolean): Promise<Omit<SearchProbe, 'query' | 'throttledFirstResultMs'>> => {
  // A fresh context has an empty cache. Throttled: the network through the slow server (SLOW_LINK),
  // the page's CPU here (DevTools slows the page, not the search worker, so the figure is a floor).
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  if (throttle) await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  // Counted at the context, which sees the requests of Pagefind's Web Worker too (a page's own
  // DevTools session does not); responseBodySize is the body as transferred (gzip).
  const sizes: { url: string; bytes: number }[] = [];
  context.on('requestfinished', (request) => {
    void request.sizes().then(
      (s) => sizes.push({ url: request.url(), bytes: s.responseBodySize }),
      () => undefined,
    );
  });
  const started = performance.now();
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForSelector(RESULT, { timeout: 180_000 });
  const firstResultMs = Math.round(performance.now() - started);
  const pagefindBefore = sizes.filter((s) => s.url.includes('/pagefind/')).reduce((n, s) => n + s.bytes, 0);
  // Let the rest arrive before counting: the fragments of the first page of results, then the filter lists.
  await page.waitForLoadState('networkidle', { timeout: 60_000 }).catch(() => undefined);
  await page.waitForTimeout(1_000);
  const results = await page.locator(RESULT).count();
  await context.close();
  const pf = sizes.filter((s) => s.url.includes('/pagefind/'));
  return {
    results,
    pagefindBytesToFirstResult: pagefindBefore,
    pagefindBytes: pf.reduce((n, s) => n + s.bytes, 0),
    pagefindRequests: pf.length,
    totalBytes: sizes.reduce((n, s) => n + s.bytes, 0),
    firstResultMs,
    largestPagefindFile: [...pf].sort((a, b) => b.bytes - a.bytes)[0],
  };
};

/** Searches each query on a fresh, cache-less page: once as is, once throttled. */
export const probeSearch = async (siteUrl: string, slowSiteUrl: string, queries: readonly string[]): Promise<SearchProbe[]> => {
  const browser = await launchChromium();
  try {
    const out: SearchProbe[] = [];
    for (const query of queries) {
      const path = `tim-kiem/?q=${encodeURIComponent(query)}`;
      const plain = await searchOnce(browser, new URL(path, siteUrl).href, false);
      const throttled = await searchOnce(browser, new URL(path, slowSiteUrl).href, true).catch(() => undefined);
      // Bytes before the first result are taken from the slow run: on a fast link the filter lists,
      // asked for just after the results show, arrive before the browser reports the result.
      out.push({ query, ...plain, pagefindBytesToFirstResult: throttled?.pagefindBytesToFirstResult ?? plain.pagefindBytesToFirstResult, throttledFirstResultMs: throttled?.firstResultMs });
    }
    return out;
  } finally {
    await browser.close();
  }
};

/** One Lighthouse run. */
export interface LighthouseResult {
  pageType: string;
  path: string;
  performance: number | null;
  fcpMs?: number;
  lcpMs?: number;
  tbtMs?: number;
  cls?: number;
  speedIndexMs?: number;
  error?: string;
}

/** Lighthouse's performance category (mobile preset) on each page. */
export const runLighthouse = async (siteUrl: string, pages: readonly { pageType: string; path: string }[]): Promise<LighthouseResult[]> => {
  const { default: lighthouse } = await import('lighthouse');
  const { browser, port } = await launchForLighthouse();
  try {
    const out: LighthouseResult[] = [];
    for (const p of pages) {
      try {
        const run = await lighthouse(new URL(p.path.replace(/^\//, ''), siteUrl).href, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
        const lhr = run?.lhr;
        const num = (id: string) => lhr?.audits[id]?.numericValue;
        out.push({
          ...p,
          performance: lhr?.categories['performance']?.score ?? null,
          fcpMs: num('first-contentful-paint'),
          lcpMs: num('largest-contentful-paint'),
          tbtMs: num('total-blocking-time'),
          cls: num('cumulative-layout-shift'),
          speedIndexMs: num('speed-index'),
        });
      } catch (e) {
        out.push({ ...p, performance: null, error: e instanceof Error ? e.message : String(e) });
      }
    }
    return out;
  } finally {
    await browser.close();
  }
};
