/**
 * The site served under a base path (/ntm/), as on GitHub Pages for a project or behind a shared
 * host: a build with BASE_PATH=/ntm (as configure-pages gives it) into .cache/dist-base/. Every address any file gives (pages,
 * styles, scripts, feeds, sitemap, robots.txt, data files) stays under /ntm/ and leads to a file of
 * the build; in Chromium, pages, search, filters, redirects and the 404 page work there.
 */
import type { Server } from 'node:http';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, filesUnder, PROJECT_ROOT, readText } from './support/build.ts';
import { launch, visit } from './support/browser.ts';
import { serveStatic } from './support/static-server.ts';
import { unitPath } from '../src/lib/units/unit-path.ts';

// As configure-pages gives it: no trailing slash. Every address must start with /ntm/.
const BASE_PATH = '/ntm';
const BASE = '/ntm/';
const SITE = 'https://example.gov.vn';
const OUT_DIR = '.cache/dist-base';
const OUT = join(PROJECT_ROOT, OUT_DIR);

/** A reference to an address, and the file it was found in. */
interface Ref {
  file: string;
  url: string;
}

const ATTRIBUTE = /\s(href|src|action|poster|srcset|content)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;
const CSS_URL = /url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)/gi;
const ABSOLUTE = /https?:\/\/[^\s"'<>)\\]+/g;
// Root-relative addresses of folders (/van-ban/…, /pagefind/…) written as string literals in the site's own scripts.
const JS_PATH = /["'`](\/[a-z_][a-z0-9_-]*\/[^"'`\s]*)["'`]/g;

const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");

/** Every address a built file points to: attributes and inline CSS in HTML, url() in CSS, absolute URLs in text files. */
const refsOf = (file: string, text: string): Ref[] => {
  const refs: Ref[] = [];
  const add = (url: string | undefined) => url && refs.push({ file, url: decode(url).trim() });
  if (file.endsWith('.html')) {
    for (const m of text.matchAll(ATTRIBUTE)) {
      const [, name, a, b] = m;
      const value = a ?? b ?? '';
      if (name!.toLowerCase() === 'srcset') value.split(',').forEach((c) => add(c.trim().split(/\s+/)[0]));
      // content= holds addresses only in meta tags like og:url, og:image, refresh (0;url=…).
      else if (name!.toLowerCase() === 'content') add(/^(?:\d+;\s*url=)?((?:https?:)?\/[^\s]*)$/i.exec(decode(value))?.[1]);
      else add(value);
    }
  }
  if (file.endsWith('.css') || file.endsWith('.html')) for (const m of text.matchAll(CSS_URL)) add(m[1] ?? m[2] ?? m[3]);
  if (file.startsWith('_astro/') && file.endsWith('.js')) for (const m of text.matchAll(JS_PATH)) add(m[1]);
  // In text, an address may end a sentence or a list: "…/van-ban.csv, …".
  if (/\.(xml|txt|json|html)$/.test(file)) for (const m of text.matchAll(ABSOLUTE)) add(m[0].replace(/[.,;:]+$/, ''));
  return refs;
};

/** The file a site address leads to, or undefined; `path` is under the base path, without query or fragment. */
const fileFor = (path: string): string | undefined => {
  const inside = decodeURIComponent(path.slice(BASE.length));
  const candidates = inside === '' || inside.endsWith('/') ? [`${inside}index.html`] : [inside, `${inside}/index.html`];
  return candidates.find((c) => existsSync(join(OUT, c)));
};

/** A current commune of the demo data, and its page's path (without the base). */
const commune = (() => {
  const dir = join(PROJECT_ROOT, 'data', 'units');
  const rows = readdirSync(dir)
    .filter((f) => f.endsWith('.csv'))
    .flatMap((f) => Papa.parse<Record<string, string>>(readFileSync(join(dir, f), 'utf8'), { header: true, skipEmptyLines: true }).data);
  const u = rows.find((r) => r.level === 'commune' && !r.valid_to)!;
  return { code: u.code!, path: unitPath({ code: u.code!, name: u.name!, kind: u.kind! }) };
})();

let files: string[] = [];
let refs: Ref[] = [];

beforeAll(async () => {
  await buildSite({ outDir: OUT_DIR, env: { BASE_PATH, SITE_URL: SITE } });
  files = filesUnder(OUT);
  refs = files.filter((f) => /\.(html|css|js|xml|txt|json)$/.test(f)).flatMap((f) => refsOf(f, readText(OUT, f)));
}, 900_000);

describe('a build under /ntm/', () => {
  it('finds the addresses to check (pages, assets, feeds, sitemap, robots.txt)', () => {
    const kinds = new Set(refs.map((r) => r.file.split('.').pop()));
    expect([...kinds].sort()).toEqual(expect.arrayContaining(['css', 'html', 'txt', 'xml']));
    expect(refs.length).toBeGreaterThan(10_000);
  });

  it('gives no root-relative address outside /ntm/', () => {
    const outside = refs.filter((r) => r.url.startsWith('/') && !r.url.startsWith('//') && !r.url.startsWith(BASE));
    expect(outside.slice(0, 20)).toEqual([]);
  });

  it('gives no absolute address on the site outside /ntm/ (canonical, og:url, og:image, feeds, sitemap, robots.txt)', () => {
    const own = refs.filter((r) => r.url.startsWith(`${SITE}/`) || r.url === SITE);
    expect(own.length).toBeGreaterThan(1000);
    expect(own.filter((r) => !r.url.startsWith(`${SITE}${BASE}`)).slice(0, 20)).toEqual([]);
    expect(readText(OUT, 'robots.txt')).toContain(`Sitemap: ${SITE}${BASE}sitemap-index.xml`);
  });

  it('leads every address under /ntm/ to a file of the build', () => {
    const paths = new Set(
      refs
        .map((r) => (r.url.startsWith(`${SITE}${BASE}`) ? r.url.slice(SITE.length) : r.url))
        .filter((u) => u.startsWith(BASE))
        .map((u) => u.replace(/[?#].*$/, '')),
    );
    expect([...paths].filter((p) => !fileFor(p)).slice(0, 20)).toEqual([]);
  });

  it('writes the search index and the security headers file at the root of the build', () => {
    expect(files).toContain('pagefind/pagefind.js');
    expect(files).toContain('_headers');
  });
});

describe('the /ntm/ build in Chromium', () => {
  let server: Server;
  let url = '';
  let browser: Browser;
  beforeAll(async () => {
    ({ server, url } = await serveStatic(`${OUT}/`, BASE));
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
  });
  /** Opens a path under /ntm/ (given without it). */
  const open = (path: string, options?: Parameters<typeof visit>[2]) => visit(browser, new URL(path.replace(/^\//, ''), url).href, options);

  it('loads a page with its styles, fonts and scripts', async () => {
    const v = await open('/van-ban/');
    expect(v.status).toBe(200);
    expect(v.problems).toEqual([]);
    // The stylesheet applied: the skip link is moved off screen.
    expect(await v.page.locator('.skip-link').evaluate((e) => getComputedStyle(e).position)).not.toBe('static');
  });

  it('searches with the Pagefind bundle under /ntm/, and the results lead to pages under /ntm/', async () => {
    const v = await open('/tim-kiem/?q=cong+van');
    await expect.poll(() => v.page.locator('.search-result a').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    const first = await v.page.locator('.search-result a').first().getAttribute('href');
    expect(first).toMatch(/^\/ntm\/van-ban\/[a-z0-9-]+\/$/);
    expect(fileFor(first!)).toBeDefined();
    expect(v.problems).toEqual([]);
  });

  it('filters the library in the browser', async () => {
    const v = await open('/van-ban/?loai=cong-van');
    await expect.poll(() => v.page.locator('[data-library-status]').innerText().catch(() => ''), { timeout: 20_000 }).toMatch(/\d/);
    expect(v.problems).toEqual([]);
  });

  it('redirects a short unit address, and an old one through the 404 page, to the unit page under /ntm/', async () => {
    // Its own listener, to see which address a console error is about: Astro's redirect pages name
    // no icon, so before the refresh a browser may ask the domain's root for /favicon.ico, which is
    // outside the site (a 404 here; whatever the domain has elsewhere).
    const page = await (await browser.newContext()).newPage();
    const problems: string[] = [];
    page.on('console', (m) => m.type() === 'error' && new URL(m.location().url || url).pathname !== '/favicon.ico' && problems.push(`${m.text()} ${m.location().url}`));
    page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
    await page.goto(new URL(`dia-phuong/${commune.code}/`, url).href);
    await page.waitForURL(`**${BASE}${commune.path.slice(1)}`);
    expect(problems).toEqual([]);
    // The 404 page sends the reader on at once (its fonts may not finish loading: not checked).
    const old = await open(commune.path.replace(/\/$/, '-ten-cu/'));
    await old.page.waitForURL(`**${BASE}${commune.path.slice(1)}`);
  });

  it('answers an unknown address with the styled 404 page', async () => {
    const v = await open('/khong-co-trang-nay/');
    expect(v.status).toBe(404);
    expect(await v.page.locator('h1').innerText()).not.toBe('');
    expect(v.problems.filter((p) => !p.startsWith('HTTP 404') && !p.includes('404 (Not Found)'))).toEqual([]);
  });
});
