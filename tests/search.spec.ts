/**
 * Search and the library's combined filters, in Chromium against the built site with its Pagefind
 * index. Expected pages and counts come from the content files, never from constants.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, visit } from './support/browser.ts';
import { entries } from './support/content.ts';
import { foldVietnamese } from '../src/lib/text/fold.ts';
import { dateSortKey } from '../src/lib/search/sort-key.ts';

const directives = entries('directives');
const allEntries = [...directives, ...entries('news'), ...entries('campaigns')];
const congVan = directives.filter((d) => d.data.type === 'cong-van');

/** A word of one directive's text found in no other entry, even without its tone marks. */
const uniqueWord = (() => {
  const words = (text: string) => text.match(/\p{L}+/gu) ?? [];
  for (const d of directives) {
    const elsewhere = new Set(
      allEntries.filter((e) => e.id !== d.id).flatMap((e) => words(`${JSON.stringify(e.data)} ${e.body}`).map(foldVietnamese)),
    );
    const word = words(d.body)
      .filter((w) => w.length >= 6 && !elsewhere.has(foldVietnamese(w)))
      .sort((a, b) => b.length - a.length)[0];
    if (word) return { word, id: d.id };
  }
  throw new Error('every word of every directive appears elsewhere');
})();

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const open = async (path: string, options?: Parameters<typeof visit>[2]) => {
  const v = await visit(browser, path, options);
  expect(v.status, path).toBe(200);
  return { page: v.page, problems: v.problems };
};

const status = (page: Page) => page.locator('[data-search-status]');

// The first search downloads Pagefind and its index: allow for a slow, shared machine.
const poll = <T>(fn: () => Promise<T>) => expect.poll(fn, { timeout: 15_000 });

/** Waits for the search to finish (the status leaves "Đang tìm…") and returns its text. */
const settled = async (page: Page) => {
  await poll(async () => status(page).innerText()).toMatch(/kết quả/);
  return status(page).innerText();
};

/** Clicks "Xem thêm kết quả" until every result is shown; returns the result links' paths. */
const allResultPaths = async (page: Page) => {
  const more = page.locator('[data-search-more]');
  while (await more.isVisible()) {
    const before = await page.locator('.search-result').count();
    await more.click();
    await poll(() => page.locator('.search-result').count()).toBeGreaterThan(before);
  }
  return page.locator('.search-result h3 a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
};

const countIn = (text: string) => Number(/(\d[\d.]*) kết quả/.exec(text)?.[1]?.replace(/\./g, '') ?? NaN);

describe('header search form', () => {
  it('lands on the search page with the query, without JavaScript', async () => {
    const { page, problems } = await open('/van-ban/', { javaScript: false });
    const form = page.getByRole('search', { name: 'Tìm trên cổng thông tin' });
    await form.getByLabel('Từ khóa').fill('nông thôn');
    await form.getByRole('button', { name: 'Tìm' }).click();
    await page.waitForURL(/\/tim-kiem\/\?/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('nông thôn');
    const main = await page.locator('main').innerText();
    expect(main).toContain('cần bật JavaScript');
    expect(await page.locator('main a', { hasText: 'Văn bản chỉ đạo' }).count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  it('fits a 360 px phone, input and button on screen', async () => {
    const { page } = await open('/', { width: 360 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    for (const el of [page.locator('#site-search-q'), page.locator('.site-search button')]) {
      const box = (await el.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(360);
      expect(box.height).toBeGreaterThanOrEqual(24);
    }
  });
});

describe('search page', () => {
  it(`finds a directive by a word of its text (“${uniqueWord.word}”), with the word marked`, async () => {
    const { page, problems } = await open(`/tim-kiem/?q=${encodeURIComponent(uniqueWord.word)}`);
    await settled(page);
    expect(await page.locator('#search-q').inputValue()).toBe(uniqueWord.word);
    const first = page.locator('.search-result').first();
    expect(new URL(await first.locator('h3 a').evaluate((a) => (a as HTMLAnchorElement).href)).pathname).toBe(`/van-ban/${uniqueWord.id}/`);
    expect((await first.locator('mark').allInnerTexts()).map(foldVietnamese)).toContain(foldVietnamese(uniqueWord.word));
    // A directive's result names its kind, number and issuing body.
    const about = await first.locator('.meta').allInnerTexts();
    expect(about.join(' ')).toContain('Văn bản');
    expect(about.join(' ')).toContain(String(directives.find((d) => d.id === uniqueWord.id)!.data.issuer));
    expect(problems).toEqual([]);
  });

  it('finds text with tone marks from a query without them (“cong van” finds every công văn)', async () => {
    const { page, problems } = await open('/tim-kiem/?q=cong+van');
    const text = await settled(page);
    const paths = await allResultPaths(page);
    expect(paths.length).toBe(countIn(text));
    for (const d of congVan) expect(paths).toContain(`/van-ban/${d.id}/`);
    expect(await page.locator('.search-result mark', { hasText: /^Công$/i }).count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  it('narrows by a filter and keeps it in the address', async () => {
    const { page, problems } = await open('/tim-kiem/?q=n%C3%B4ng+th%C3%B4n');
    const before = countIn(await settled(page));
    const group = page.locator('fieldset', { has: page.locator('legend', { hasText: 'Loại trang' }) });
    await group.getByLabel(/^Tin tức/).check();
    await page.waitForURL(/muc=/);
    expect(new URL(page.url()).searchParams.get('muc')).toBe('Tin tức');
    expect(new URL(page.url()).searchParams.get('q')).toBe('nông thôn');
    await poll(async () => countIn(await status(page).innerText())).toBeLessThan(before);
    const paths = await allResultPaths(page);
    expect(paths.length).toBe(countIn(await status(page).innerText()));
    for (const p of paths) expect(p).toMatch(/^\/tin-tuc\//);
    expect(problems).toEqual([]);
    // The address alone brings the filter back, ticked.
    const again = await open(new URL(page.url()).pathname + new URL(page.url()).search);
    await settled(again.page);
    expect(await again.page.locator('fieldset').getByLabel(/^Tin tức/).isChecked()).toBe(true);
    expect(countIn(await status(again.page).innerText())).toBe(paths.length);
  });

  it('sorts by date, newest first, when asked', async () => {
    const { page, problems } = await open('/tim-kiem/?q=cong+van&muc=V%C4%83n+b%E1%BA%A3n&sap-xep=ngay');
    await settled(page);
    expect(await page.locator('[data-search-sort]').inputValue()).toBe('date');
    const keys = (await allResultPaths(page)).map((p) => dateSortKey(String(directives.find((d) => `/van-ban/${d.id}/` === p)!.data.date)));
    expect(keys).toEqual([...keys].sort().reverse());
    expect(problems).toEqual([]);
  });

  it('helps when nothing is found', async () => {
    const { page, problems } = await open('/tim-kiem/?q=qxzvqxzv');
    await poll(() => status(page).innerText()).toContain('Không tìm thấy kết quả nào cho “qxzvqxzv”');
    const help = page.locator('[data-search-none]');
    expect(await help.isVisible()).toBe(true);
    expect(await help.innerText()).toContain('gõ không dấu');
    expect(await help.locator('a[href$="/van-ban/"]').count()).toBe(1);
    expect(await page.locator('.search-result').count()).toBe(0);
    expect(problems).toEqual([]);
  });
});

describe('directive library filters', () => {
  const rows = (page: Page) => page.locator('[data-library-results] li');
  const libraryStatus = (page: Page) => page.locator('[data-library-status]');

  it('shows only công văn for ?loai=cong-van, newest first, with the right count', async () => {
    const { page, problems } = await open('/van-ban/?loai=cong-van');
    await poll(() => libraryStatus(page).innerText()).toBe(`${congVan.length} văn bản`);
    expect(await page.getByLabel('Loại văn bản').inputValue()).toBe('cong-van');
    expect(await rows(page).count()).toBe(congVan.length);
    const paths = await rows(page).locator('a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect([...paths].sort()).toEqual(congVan.map((d) => `/van-ban/${d.id}/`).sort());
    const keys = paths.map((p) => dateSortKey(String(congVan.find((d) => `/van-ban/${d.id}/` === p)!.data.date)));
    expect(keys).toEqual([...keys].sort().reverse());
    for (const title of await rows(page).locator('h2').allInnerTexts()) expect(title).toMatch(/^Công văn/);
    expect(problems).toEqual([]);
  });

  it('combines choices in the address and puts the full list back when they are cleared', async () => {
    const { page, problems } = await open('/van-ban/');
    const serverRows = await rows(page).count();
    expect(serverRows).toBe(directives.length);
    const year = String(directives[0]!.data.date).slice(0, 4);
    const expected = directives.filter((d) => d.data.type === directives[0]!.data.type && String(d.data.date).startsWith(year));
    await page.getByLabel('Loại văn bản').selectOption(String(directives[0]!.data.type));
    await page.getByLabel('Năm ban hành').selectOption(year);
    await poll(() => libraryStatus(page).innerText()).toBe(`${expected.length} văn bản`);
    // The page's total describes the full list only.
    expect(await page.locator('[data-library-unfiltered]').first().isVisible()).toBe(false);
    const params = new URL(page.url()).searchParams;
    expect(params.get('loai')).toBe(directives[0]!.data.type);
    expect(params.get('nam')).toBe(year);
    await page.getByLabel('Loại văn bản').selectOption('');
    await page.getByLabel('Năm ban hành').selectOption('');
    await poll(() => rows(page).count()).toBe(serverRows);
    expect(new URL(page.url()).search).toBe('');
    expect(await page.locator('[data-library-unfiltered]').first().isVisible()).toBe(true);
    expect(problems).toEqual([]);
  });

  it('stays hidden without JavaScript, leaving the server list', async () => {
    const { page } = await open('/van-ban/?loai=cong-van', { javaScript: false });
    expect(await page.locator('[data-library-filters]').isVisible()).toBe(false);
    expect(await rows(page).count()).toBe(directives.length);
  });
});
