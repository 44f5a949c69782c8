/**
 * Whole site, page by page: every page the sitemap lists loads in Chromium with status 200, no
 * console error and no failed request; and every other HTML file of the build is accounted for (the
 * 404 page, or a redirect that search engines are told not to index and that leads to a listed page).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launch, siteUrl } from './support/browser.ts';
import { crawl } from './support/crawl.ts';
import { DIST, fileFor, filesUnder, pathOfFile, publicRoot, sitePath, sitemapPaths } from './support/dist.ts';
import { scanTags, type Tag } from './support/html-scan.ts';

const root = publicRoot();
const listed = sitemapPaths();
const htmlFiles = filesUnder(DIST).filter((f) => f.endsWith('.html'));
const headOf = (rel: string) => scanTags(readFileSync(join(DIST, rel), 'utf8'));
const meta = (tags: Tag[], name: string) => tags.find((t) => t.name === 'meta' && t.attrs.get('name') === name)?.attrs.get('content');
const canonical = (tags: Tag[]) => tags.find((t) => t.name === 'link' && t.attrs.get('rel') === 'canonical')?.attrs.get('href');

describe('the sitemap', () => {
  it('lists each page once, every one built, canonical to itself and indexable', () => {
    expect(listed.length).toBeGreaterThan(100);
    expect(new Set(listed).size).toBe(listed.length);
    const wrong: string[] = [];
    for (const path of listed) {
      const file = fileFor(path);
      if (!file?.endsWith('.html')) {
        wrong.push(`${path}: no HTML file in dist/`);
        continue;
      }
      const tags = headOf(file);
      const self = new URL(path.slice(1), root).href;
      if (canonical(tags) !== self) wrong.push(`${path}: canonical ${canonical(tags)} is not ${self}`);
      if (/noindex/i.test(meta(tags, 'robots') ?? '')) wrong.push(`${path}: listed but marked noindex`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('HTML files the sitemap does not list', () => {
  it('are the 404 page or redirects to a listed page, marked noindex', () => {
    const inSitemap = new Set(listed.map((p) => fileFor(p)));
    const unlisted = htmlFiles.filter((f) => !inSitemap.has(f));
    const wrong: string[] = [];
    let redirects = 0;
    for (const file of unlisted) {
      if (file === '404.html') continue;
      const tags = headOf(file);
      const refresh = tags.find((t) => t.name === 'meta' && t.attrs.get('http-equiv')?.toLowerCase() === 'refresh')?.attrs.get('content');
      const target = /^\s*\d+\s*;\s*url=(.+)$/i.exec(refresh ?? '')?.[1]?.trim();
      if (!target) {
        wrong.push(`${file}: neither listed in the sitemap nor a redirect`);
        continue;
      }
      redirects++;
      const to = sitePath(new URL(target, new URL(pathOfFile(file).slice(1), root)));
      const canon = canonical(tags);
      if (!/noindex/i.test(meta(tags, 'robots') ?? '')) wrong.push(`${file}: redirect without noindex`);
      if (!to || !listed.includes(to)) wrong.push(`${file}: redirects to ${target}, not a listed page`);
      if (!canon || sitePath(canon) !== to) wrong.push(`${file}: canonical ${canon} is not its target ${target}`);
    }
    expect(wrong).toEqual([]);
    expect(htmlFiles).toContain('404.html');
    console.log(`${htmlFiles.length} HTML files: ${listed.length} in the sitemap, ${redirects} redirects, the 404 page`);
  });
});

describe('every page in the sitemap, in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  // A generous budget, a second a page: the pages load at several a second on an idle machine, but
  // a crowded one is several times slower, and this test is about errors, not speed.
  it('loads with status 200, no console error and no failed request', { timeout: Math.max(600_000, listed.length * 1_000) }, async () => {
    const started = performance.now();
    const results = await crawl(browser, siteUrl(), listed, { concurrency: 3 });
    const failures = results.filter((r) => r.status !== 200 || r.problems.length > 0).map((r) => `${r.path} (${r.status}): ${r.problems.join('; ')}`);
    const seconds = (performance.now() - started) / 1000;
    console.log(`${results.length} sitemap pages loaded in ${seconds.toFixed(1)} s (${(results.length / seconds).toFixed(1)} pages/s)`);
    expect(failures).toEqual([]);
  });

  it('follows a short address to the page it redirects to', async () => {
    const redirect = htmlFiles.find((f) => f !== '404.html' && !listed.includes(pathOfFile(f)));
    if (!redirect) return;
    const target = /url=([^"]+)"/.exec(readFileSync(join(DIST, redirect), 'utf8'))?.[1];
    const page = await browser.newPage();
    try {
      await page.goto(new URL(pathOfFile(redirect).slice(1), siteUrl()).href);
      await page.waitForURL((u) => u.pathname === new URL(target!, siteUrl()).pathname);
      expect(await page.locator('h1').count()).toBe(1);
    } finally {
      await page.close();
    }
  });
});
