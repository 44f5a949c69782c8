/**
 * Text from data files is text: a scratch site whose directive and news article carry markup in
 * their number, subject, title, summary and body (`<script>alert(1)</script>`,
 * `"><img src=x onerror=…>`, a javascript: link) is built, and everywhere that text appears (pages,
 * lists, <title> and share metadata, JSON-LD, feeds, JSON and CSV downloads, search results) it
 * reads as the characters written and never becomes an element. In Chromium the page's policy is
 * switched off (bypassCSP), so an injection would run and show as a dialog rather than be blocked.
 */
import type { Server } from 'node:http';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, filesUnder, scratchProject } from './support/build.ts';
import { launch } from './support/browser.ts';
import { attribute, startTags } from './support/html.ts';
import { serveStatic } from './support/static-server.ts';
import { BASE, CAMPAIGN, DIRECTIVE, NEWS, md } from '../src/lib/validate/validate-dataset.fixture.ts';

const SCRIPT = '<script>alert(1)</script>';
const IMG = '"><img src=x onerror=alert(2)>';
const NUMBER = `12/UBND-NN${IMG}`;
const SUBJECT = `V/v ${SCRIPT} đánh giá ${IMG}`;
const NEWS_TITLE = `Trà Cú ${SCRIPT} báo cáo ${IMG}`;
const BODY_SCRIPT = '<script>alert(3)</script>';
const BODY_IMG = '<img src=x onerror=alert(4)>';

// YAML single quotes: the markup is kept exactly as written.
const quoted = (s: string) => `'${s.replace(/'/g, "''")}'`;

const DIRECTIVE_ID = DIRECTIVE.replace(/^content\/directives\/|\.md$/g, '');
const NEWS_ID = NEWS.replace(/^content\/news\/|\.md$/g, '');

const FILES: Record<string, string> = {
  ...BASE,
  [DIRECTIVE]: md(
    `number: ${quoted(NUMBER)}`,
    'type: cong-van',
    'issuer: UBND tỉnh Trà Vinh',
    'date: "2024-03-15"',
    `subject: ${quoted(SUBJECT)}`,
    'programmes: [ntm-2021-2025]',
    'campaigns: [ngay-thu-7-vi-nong-thon-moi]',
    'localities: ["849", "29489"]',
    `recipients: [${quoted(`Các xã ${IMG}`)}]`,
    `signer: { name: ${quoted(`Nguyễn Văn ${SCRIPT}`)}, authority: KT., block: [KT. CHỦ TỊCH, PHÓ CHỦ TỊCH] }`,
    `summary: ${quoted(`Tóm tắt ${SCRIPT} ${IMG}`)}`,
  ).replace('Nội dung.', `Đoạn đầu.\n\n${BODY_SCRIPT}\n\nĐoạn có ${BODY_IMG} và [một liên kết](javascript:alert(5)).\n`),
  [NEWS]: BASE[NEWS]!.replace(/^title: .*$/m, `title: ${quoted(NEWS_TITLE)}`).replace('Nội dung.', `${BODY_SCRIPT}\n`),
  [CAMPAIGN]: BASE[CAMPAIGN]!,
};

const OUT_DIR = 'dist';
let root = '';
let out = '';
const text = (file: string) => readFileSync(join(out, file), 'utf8');

beforeAll(async () => {
  root = scratchProject(FILES);
  out = join(root, OUT_DIR);
  await buildSite({ root, outDir: OUT_DIR });
}, 900_000);
afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('markup in data, in the built files', () => {
  it('never becomes an element or an attribute in any page', () => {
    const pages = filesUnder(out).filter((f) => f.endsWith('.html'));
    expect(pages).toContain(`van-ban/${DIRECTIVE_ID}/index.html`);
    const injected = pages.flatMap((f) =>
      startTags(text(f))
        .filter(
          (t) =>
            (t.name === 'script' && attribute(t, 'src') === undefined && attribute(t, 'type') !== 'application/ld+json') ||
            (t.name === 'img' && attribute(t, 'src') === 'x') ||
            t.attributes.some((a) => a.name.startsWith('on') || /^\s*javascript:/i.test(a.value)),
        )
        .map((t) => `${f}: <${t.name} ${t.attributes.map((a) => a.name).join(' ')}>`),
    );
    expect(injected).toEqual([]);
  });

  it('never appears as markup in a feed', () => {
    const feeds = filesUnder(out).filter((f) => f.endsWith('.xml'));
    expect(feeds).toContain('van-ban/atom.xml');
    expect(feeds.filter((f) => /<script|<img/i.test(text(f)))).toEqual([]);
  });

  it('is written escaped where the page shows it', () => {
    const page = text(`van-ban/${DIRECTIVE_ID}/index.html`);
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).toContain('&quot;&gt;&lt;img src=x onerror=alert(2)&gt;');
    // The body's raw HTML, shown as text, and the javascript: link reduced to its words.
    expect(page).toContain('<p>&lt;script&gt;alert(3)&lt;/script&gt;</p>');
    expect(page).toContain('&lt;img src=x onerror=alert(4)&gt; và một liên kết.');
  });

  it('keeps JSON-LD inside its script element and reads back as written', () => {
    const page = text(`van-ban/${DIRECTIVE_ID}/index.html`);
    const blocks = [...page.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]).not.toMatch(/<\/?script/i);
    expect(JSON.stringify(JSON.parse(blocks[0]!))).toContain(JSON.stringify(SUBJECT).slice(1, -1));
  });

  it('reads back as written from the Atom feeds', () => {
    const parser = new XMLParser({ ignoreAttributes: false });
    const titles = (file: string) => {
      const feed = parser.parse(text(file)).feed as { entry: unknown };
      const list = ([] as { title: { '#text': string } | string }[]).concat(feed.entry as never);
      return list.map((e) => (typeof e.title === 'string' ? e.title : e.title['#text']));
    };
    expect(titles('van-ban/atom.xml').join('\n')).toContain(SUBJECT);
    expect(titles('tin-tuc/atom.xml')).toContain(NEWS_TITLE);
  });

  it('reads back as written from the JSON and CSV downloads', () => {
    expect((JSON.parse(text(`van-ban/${DIRECTIVE_ID}.json`)) as { subject: string }).subject).toBe(SUBJECT);
    expect(JSON.stringify(JSON.parse(text('du-lieu/van-ban.json')))).toContain(JSON.stringify(NUMBER).slice(1, -1));
    expect(text('du-lieu/van-ban.csv')).toContain(`"${SUBJECT.replace(/"/g, '""')}"`);
  });
});

describe('markup in data, in Chromium without the policy', () => {
  let server: Server;
  let url = '';
  let browser: Browser;
  beforeAll(async () => {
    ({ server, url } = await serveStatic(`${out}/`));
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
  });

  /** Opens a page with the CSP off; `dialogs` collects any alert() an injection would raise. */
  const open = async (path: string): Promise<{ page: Page; dialogs: string[] }> => {
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const response = await page.goto(new URL(path.replace(/^\//, ''), url).href, { waitUntil: 'load' });
    expect(response?.status(), path).toBe(200);
    return { page, dialogs };
  };
  const injected = (page: Page) => page.evaluate(() => document.querySelectorAll('img[src="x"], a[href^="javascript:"], script:not([src]):not([type="application/ld+json"])').length);

  it("shows the directive page's text as written: heading, title, share metadata, body", async () => {
    const { page, dialogs } = await open(`/van-ban/${DIRECTIVE_ID}/`);
    expect(await page.locator('h1').innerText()).toContain(NUMBER);
    expect(await page.title()).toContain(NUMBER);
    expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toContain(SUBJECT);
    expect(await page.locator('meta[name="description"]').getAttribute('content')).toContain(SCRIPT);
    const main = await page.locator('main').innerText();
    for (const s of [SUBJECT, BODY_SCRIPT, BODY_IMG, `Nguyễn Văn ${SCRIPT}`, `Các xã ${IMG}`]) expect(main).toContain(s);
    expect(await injected(page)).toBe(0);
    expect(dialogs).toEqual([]);
  });

  it.each(['/van-ban/', '/', `/tin-tuc/${NEWS_ID}/`, '/tin-tuc/'])('shows the titles in %s as text', async (path) => {
    const { page, dialogs } = await open(path);
    expect(await page.locator('main').innerText()).toMatch(/<script>alert\(1\)<\/script>/);
    expect(await injected(page)).toBe(0);
    expect(dialogs).toEqual([]);
  });

  it('shows search results (Pagefind title, metadata and excerpt) as text', async () => {
    const { page, dialogs } = await open('/tim-kiem/?q=alert');
    await expect.poll(() => page.locator('.search-result').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    const results = await page.locator('[data-search-results]').innerText();
    expect(results).toContain(SCRIPT);
    expect(await injected(page)).toBe(0);
    expect(dialogs).toEqual([]);
  });
});
