/**
 * Sharing a page: every commune, news and campaign page names a 1200×630 PNG preview image that
 * exists in the build and says what the page says; the share box works without JavaScript (a Facebook link with the
 * page's address, the address to copy) and, with it, copies the canonical address and announces it.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { siteUrl, useBrowser } from './support/browser.ts';
import { entries } from './support/content.ts';
import { unitFullName, unitPath } from '../src/lib/units/unit-path.ts';

interface UnitRow {
  code: string;
  name: string;
  kind: string;
  level: string;
  valid_to: string;
}
const unitsDir = new URL('../data/units/', import.meta.url);
const communes = readdirSync(unitsDir)
  .filter((f) => f.endsWith('.csv'))
  .flatMap((f) => Papa.parse<UnitRow>(readFileSync(new URL(f, unitsDir), 'utf8'), { header: true, skipEmptyLines: true }).data)
  .filter((u) => u.level === 'commune')
  .map((u) => ({ ...u, valid_to: u.valid_to || undefined }));

/** Width and height from the IHDR chunk, read straight from the bytes. */
const ihdr = (b: Buffer) => {
  expect(b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
  expect(b.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
};

const meta = (html: string, attr: 'property' | 'name', key: string): string | undefined => {
  const m = new RegExp(`<meta ${attr}="${key.replace(/[:.]/g, '\\$&')}" content="([^"]*)"`).exec(html);
  return m?.[1]?.replaceAll('&amp;', '&').replaceAll('&quot;', '"');
};

/** The built site's copy of an absolute URL (the public host is configuration; the path is what counts). */
const local = (absolute: string) => new URL(new URL(absolute).pathname.slice(1), siteUrl()).href;

/** Runs `fn` over `items`, `n` at a time. */
const pool = async <T>(items: readonly T[], n: number, fn: (item: T) => Promise<void>) => {
  let next = 0;
  await Promise.all(Array.from({ length: n }, async () => {
    while (next < items.length) await fn(items[next++]!);
  }));
};

describe('preview images', () => {
  it(`every commune page (${communes.length}, current and former) names its own 1200×630 PNG, described in its alt text`, async () => {
    expect(communes.length).toBeGreaterThan(1000);
    const images = new Set<string>();
    await pool(communes, 8, async (u) => {
      const path = unitPath(u);
      const html = await (await fetch(new URL(path.slice(1), siteUrl()))).text();
      const image = meta(html, 'property', 'og:image');
      expect(image, path).toMatch(/^https?:\/\/.+\/og\/.+\.png$/);
      expect(meta(html, 'name', 'twitter:image'), path).toBe(image);
      expect(meta(html, 'property', 'og:image:width')).toBe('1200');
      expect(meta(html, 'property', 'og:image:height')).toBe('630');
      const alt = meta(html, 'property', 'og:image:alt')!;
      expect(alt, path).toContain(unitFullName(u));
      // The image says the score the page says.
      const stat = /class="stat"[^>]*>\s*(\d+\/\d+ tiêu chí)/.exec(html)?.[1];
      expect(alt, path).toContain(stat ?? 'Chưa có kết quả đánh giá tiêu chí');
      const r = await fetch(local(image!));
      expect(r.status, image).toBe(200);
      expect(r.headers.get('content-type')).toBe('image/png');
      expect(ihdr(Buffer.from(await r.arrayBuffer())), image).toEqual({ width: 1200, height: 630 });
      images.add(image!);
    });
    // One image per page, not a shared one.
    expect(images.size).toBe(communes.length);
  }, 180_000);

  const cacheDir = resolve(process.env.OG_CACHE_DIR ?? '.cache/og');
  describe.skipIf(!existsSync(`${cacheDir}/manifest.json`))('the image’s source card (in the build cache)', () => {
    it('names the commune, and is the image published', async () => {
      const u = communes.find((c) => c.code === '29489' && c.valid_to)!;
      const path = `/og/${unitPath(u).slice('/dia-phuong/'.length, -1)}.png`;
      const key = (JSON.parse(readFileSync(`${cacheDir}/manifest.json`, 'utf8')) as Record<string, string>)[path]!;
      const source = JSON.parse(readFileSync(`${cacheDir}/${key}.json`, 'utf8')) as { element: unknown };
      const texts = JSON.stringify(source.element).match(/"children":"[^"]*"/g)!.map((s) => JSON.parse(s.slice(11)) as string);
      expect(texts).toContain('Xã Hàm Tân');
      const published = Buffer.from(await (await fetch(new URL(path.slice(1), siteUrl()))).arrayBuffer());
      expect(published.equals(readFileSync(`${cacheDir}/${key}.png`))).toBe(true);
    });
  });

  it('gives a current province its own image, and a district the site’s default', async () => {
    const province = await (await fetch(new URL('dia-phuong/86-tinh-vinh-long/', siteUrl()))).text();
    expect(meta(province, 'property', 'og:image')).toMatch(/\/og\/86-tinh-vinh-long\.png$/);
    expect(meta(province, 'property', 'og:image:alt')).toContain('Tỉnh Vĩnh Long');
    const district = readdirSync(new URL('../dist/dia-phuong/truoc-2025/', import.meta.url)).find((d) => /^\d{3}-huyen-/.test(d))!;
    const html = await (await fetch(new URL(`dia-phuong/truoc-2025/${district}/`, siteUrl()))).text();
    expect(meta(html, 'property', 'og:image')).toMatch(/\/og-default\.png$/);
  });
});

describe('preview images of news and campaign pages', () => {
  const pages = [
    ...entries<{ title: string }>('news').map((e) => ({ path: `/tin-tuc/${e.id}/`, image: `/og/tin-tuc/${e.id}.png`, title: e.data.title })),
    ...entries<{ name: string }>('campaigns').map((e) => ({ path: `/phong-trao/${e.id}/`, image: `/og/phong-trao/${e.id}.png`, title: e.data.name })),
  ];

  it.each(pages)('$path names its own 1200×630 PNG, with the title in its alt text', async ({ path, image, title }) => {
    const html = await (await fetch(new URL(path.slice(1), siteUrl()))).text();
    const url = meta(html, 'property', 'og:image')!;
    expect(new URL(url).pathname.endsWith(image)).toBe(true);
    expect(meta(html, 'name', 'twitter:image')).toBe(url);
    expect(meta(html, 'property', 'og:image:alt')).toContain(title);
    const r = await fetch(local(url));
    expect(r.status, url).toBe(200);
    expect(ihdr(Buffer.from(await r.arrayBuffer()))).toEqual({ width: 1200, height: 630 });
  });

  it.each([...pages.map((p) => p.path), `/van-ban/${entries('directives')[0]!.id}/`])('%s has the share box, sharing its canonical address', async (path) => {
    const html = await (await fetch(new URL(path.slice(1), siteUrl()))).text();
    const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)![1]!;
    expect(html).toContain(`data-url="${canonical}"`);
    expect(html).toContain(encodeURIComponent(canonical));
  });
});

const { open } = useBrowser();
const PAGE = '/dia-phuong/29489-xa-ham-giang/';

describe('share box', () => {
  it('without JavaScript: a Facebook link and the address to copy, no buttons', async () => {
    const page = await open(PAGE, { javaScript: false });
    const box = page.getByRole('region', { name: 'Chia sẻ trang này' });
    const canonical = (await page.getAttribute('link[rel="canonical"]', 'href'))!;
    const facebook = box.getByRole('link', { name: 'Chia sẻ lên Facebook' });
    expect(await facebook.isVisible()).toBe(true);
    const href = new URL((await facebook.getAttribute('href'))!);
    expect(`${href.origin}${href.pathname}`).toBe('https://www.facebook.com/sharer/sharer.php');
    expect(href.searchParams.get('u')).toBe(canonical);
    expect(await facebook.getAttribute('href')).toContain(`u=${encodeURIComponent(canonical)}`);
    expect(await box.getByRole('textbox', { name: /Liên kết của trang/ }).inputValue()).toBe(canonical);
    expect(await box.getByRole('button').count()).toBe(0);
    expect(await box.locator('button').evaluateAll((bs) => bs.map((b) => (b as HTMLElement).offsetParent))).toEqual([null, null]);
  });

  it('copies the canonical address and says so', async () => {
    const page = await open(PAGE);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(siteUrl()).origin });
    const canonical = (await page.getAttribute('link[rel="canonical"]', 'href'))!;
    const box = page.getByRole('region', { name: 'Chia sẻ trang này' });
    const copy = box.getByRole('button', { name: 'Sao chép liên kết' });
    await copy.click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical);
    const status = box.getByRole('status');
    await expect.poll(() => status.innerText()).toBe('Đã sao chép liên kết của trang.');
    expect(await status.getAttribute('aria-live')).toBe('polite');
  });

  it('offers the system share sheet only where the browser has one', async () => {
    const plain = await open(PAGE);
    const hasShare = await plain.evaluate(() => typeof navigator.share === 'function');
    expect(await plain.getByRole('button', { name: 'Chia sẻ…' }).isVisible()).toBe(hasShare);

    const page = await open(PAGE);
    await page.addInitScript(() => {
      (navigator as unknown as { share: (d: ShareData) => Promise<void> }).share = async (d) => {
        (window as unknown as { shared: ShareData }).shared = d;
      };
    });
    await page.reload();
    await page.getByRole('button', { name: 'Chia sẻ…' }).click();
    const canonical = (await page.getAttribute('link[rel="canonical"]', 'href'))!;
    expect(await page.evaluate(() => (window as unknown as { shared: ShareData }).shared)).toMatchObject({ url: canonical });
  });

  it('has 44 px targets and loads nothing from other sites', async () => {
    const page = await open(PAGE);
    const box = page.getByRole('region', { name: 'Chia sẻ trang này' });
    for (const control of await box.locator('a, button:visible, input').all()) {
      const size = (await control.boundingBox())!;
      expect(size.height).toBeGreaterThanOrEqual(44);
      expect(size.width).toBeGreaterThanOrEqual(44);
    }
    const elsewhere = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => new URL(n).origin !== location.origin));
    expect(elsewhere).toEqual([]);
  });
});
