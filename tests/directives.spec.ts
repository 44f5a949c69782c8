/**
 * The directive library and document pages in real Chromium against the built site. Expected values
 * come from the front matter in content/directives/, never from constants.
 */
import { describe, expect, it } from 'vitest';
import { useBrowser } from './support/browser.ts';
import { entries } from './support/content.ts';
import { IMPORTED_DEMO_ID } from './support/demo.ts';
import { directiveTitle } from '../src/lib/directives/title.ts';
import { issuerKey } from '../src/lib/directives/issuer.ts';
import { partialDateSortKey, parsePartialDate } from '../src/lib/dates/partial-date.ts';

interface Front {
  number: string;
  type: string;
  issuer: string;
  date: string;
  subject: string;
  illustrative?: number;
  former_slugs?: string[];
  signer?: { name: string; block: string[] };
}
const directives = entries<Front>('directives');
const title = (d: Front) => directiveTitle(d, { noNumber: 'không ghi số', symbol: 'ký hiệu' });
const sortKey = (d: Front) => partialDateSortKey(parsePartialDate(String(d.date ?? ''))!);

const { open, visit } = useBrowser();

describe('library /van-ban/', () => {
  it('lists every directive newest first with its count, readable without JavaScript', async () => {
    const page = await open('/van-ban/', { javaScript: false });
    const expected = [...directives].sort((a, b) => sortKey(b.data).localeCompare(sortKey(a.data)) || a.id.localeCompare(b.id));
    const rows = page.locator('[data-library-results] > ul > li');
    expect(await rows.locator('a').first().getAttribute('href')).toContain(expected[0]!.id);
    expect(await rows.count()).toBe(directives.length);
    const hrefs = await rows.locator('h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(expected.map((d) => `/van-ban/${d.id}/`));
    expect(await page.locator('[data-library-count]').innerText()).toContain(`${directives.length} văn bản`);
    const first = await rows.first().innerText();
    expect(first).toContain(expected[0]!.data.subject);
    expect(first).toContain(expected[0]!.data.issuer);
  });

  it('narrows to one type through the "Duyệt theo" links, without JavaScript', async () => {
    const page = await open('/van-ban/', { javaScript: false });
    await page.locator('.facet-browse a', { hasText: /^Công văn$/ }).click();
    expect(new URL(page.url()).pathname).toBe('/van-ban/loai/cong-van/');
    const congVan = directives.filter((d) => d.data.type === 'cong-van');
    expect(await page.locator('[data-library-results] > ul > li').count()).toBe(congVan.length);
    expect(await page.locator('[data-library-count]').innerText()).toContain(`${congVan.length} văn bản`);
    for (const d of congVan) expect(await page.locator(`a[href="/van-ban/${d.id}/"]`).count()).toBeGreaterThan(0);
  });

  it('has a page per year listing exactly that year\'s directives', async () => {
    const years = [...new Set(directives.map((d) => String(d.data.date).slice(0, 4)))];
    for (const year of years) {
      const page = await open(`/van-ban/nam/${year}/`, { javaScript: false });
      const ids = await page.locator('[data-library-results] > ul > li h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(ids.sort()).toEqual(directives.filter((d) => String(d.data.date).startsWith(year)).map((d) => `/van-ban/${d.id}/`).sort());
    }
  });

  it('lists every issuing body with its count on the facet index', async () => {
    const page = await open('/van-ban/co-quan/', { javaScript: false });
    const text = await page.locator('main').innerText();
    for (const d of directives) expect(text).toContain(d.data.issuer);
  });

  it('marks an invented document as illustrative in the list', async () => {
    const page = await open('/van-ban/', { javaScript: false });
    for (const d of directives.filter((x) => x.data.illustrative === 1)) {
      const row = page.locator('[data-library-results] > ul > li', { has: page.locator(`a[href="/van-ban/${d.id}/"]`) });
      expect(await row.innerText()).toContain('minh họa');
    }
  });
});

describe('document page', () => {
  const corrected = directives.find((d) => d.data.number.includes('~~'))!;

  it('shows every metadata field, the struck number and the correction with both numbers', async () => {
    const page = await open(`/van-ban/${corrected.id}/`);
    expect(await page.locator('h1').innerText()).toBe(title(corrected.data));
    const panel = page.locator('dl.meta-panel');
    expect(await panel.locator('del').innerText()).toBe('26');
    const text = await panel.innerText();
    expect(text).toContain('Số 26/UBND-NN bị gạch trên bản gốc, thay bằng số 20/UBND-NN');
    expect(text).toContain('KT. CHỦ TỊCH — PHÓ CHỦ TỊCH Hà Sỹ Đồng');
    expect(text).toContain('15/06/2020');
    for (const label of ['Số, ký hiệu', 'Loại văn bản', 'Cơ quan ban hành', 'Địa danh', 'Ngày ban hành', 'Trích yếu', 'Kính gửi', 'Người ký', 'Nơi nhận', 'Phong trào', 'Địa phương', 'Nguồn'])
      expect(await panel.locator('dt', { hasText: label }).count(), label).toBe(1);
  });

  it('carries share and search-engine metadata: title = type + number + subject, canonical, JSON-LD', async () => {
    const page = await open(`/van-ban/${corrected.id}/`);
    expect(await page.getAttribute('meta[property="og:title"]', 'content')).toBe(`${title(corrected.data)}: ${corrected.data.subject}`);
    expect(await page.getAttribute('link[rel="canonical"]', 'href')).toMatch(new RegExp(`/van-ban/${corrected.id}/$`));
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
    expect(ld).toMatchObject({ '@type': 'DigitalDocument', identifier: corrected.data.number, dateCreated: corrected.data.date, creator: { name: corrected.data.issuer } });
  });

  it('shows a blank number and blank day as such, never invented', async () => {
    const blank = directives.find((d) => d.data.number.startsWith('/') && String(d.data.date).length === 4)!;
    const page = await open(`/van-ban/${blank.id}/`);
    expect(await page.locator('h1').innerText()).toContain('không ghi số');
    const panel = await page.locator('dl.meta-panel').innerText();
    expect(panel).toContain(blank.data.number);
    expect(panel).toContain(`năm ${blank.data.date} (bản gốc không ghi ngày, tháng)`);
  });

  it('does not link a cited number to another body\'s document with the same number', async () => {
    // Seed 000 cites Quảng Ngãi's 43/TB-UBND; the portal holds only Lai Châu's (illustrative).
    const citing = directives.find((d) => d.body.includes('43/TB-UBND') && d.data.issuer.includes('Quảng Ngãi'))!;
    const other = directives.find((d) => d.data.number === '43/TB-UBND')!;
    expect(other.data.issuer).not.toContain('Quảng Ngãi');
    const page = await open(`/van-ban/${citing.id}/`);
    expect(await page.locator(`main a[href="/van-ban/${other.id}/"]`).count()).toBe(0);
    const item = page.locator('#dan-chieu ~ ul li', { hasText: '43/TB-UBND' });
    expect(await item.innerText()).toContain('chưa có trên cổng');
  });

  it('shows an invented document\'s notice', async () => {
    const invented = directives.find((d) => d.data.illustrative === 1)!;
    const page = await open(`/van-ban/${invented.id}/`);
    expect(await page.locator('main [role="note"]').innerText()).toContain('Dữ liệu minh họa');
  });

  it('redirects an old address to the document', async () => {
    const moved = directives.find((d) => (d.data.former_slugs ?? []).length > 0)!;
    const v = await visit(`/van-ban/${moved.data.former_slugs![0]}/`);
    await v.page.waitForURL(`**/van-ban/${moved.id}/`);
    expect(await v.page.locator('h1').innerText()).toBe(title(moved.data));
  });
});

describe('citations', () => {
  interface Cite {
    number: string;
    date?: string;
    issuer?: string;
  }
  const key = (n: string) => n.replace(/^0+/, '').toLowerCase();
  // Pairs the data itself establishes: a cited number with a date, held with that number and date.
  const pairs = directives.flatMap((a) =>
    ((a.data as Front & { cites?: Cite[] }).cites ?? []).flatMap((c) =>
      directives.filter((b) => b.id !== a.id && c.date && key(b.data.number.replace(/~~[^~]*~~/g, '')) === key(c.number) && b.data.date === c.date).map((b) => ({ from: a, to: b, number: c.number })),
    ),
  );

  it('links a cited document both ways: from the citing text and list, and back under "Được dẫn chiếu bởi"', async () => {
    expect(pairs.length).toBeGreaterThan(0);
    for (const { from, to, number } of pairs) {
      const citing = await open(`/van-ban/${from.id}/`);
      expect(await citing.locator(`#dan-chieu ~ ul a[href="/van-ban/${to.id}/"]`).count(), from.id).toBe(1);
      if (from.body.includes(number)) expect(await citing.locator(`.document-text a.cite[href="/van-ban/${to.id}/"]`).count()).toBeGreaterThan(0);
      const cited = await open(`/van-ban/${to.id}/`);
      expect(await cited.locator(`#duoc-dan-chieu ~ ul a[href="/van-ban/${from.id}/"]`).count(), to.id).toBe(1);
    }
  });

  it('follows a link in the text to the cited document', async () => {
    const { from, to } = pairs[0]!;
    const page = await open(`/van-ban/${from.id}/`);
    await page.locator(`#dan-chieu ~ ul a[href="/van-ban/${to.id}/"]`).click();
    await page.waitForURL(`**/van-ban/${to.id}/`);
    expect(await page.locator('h1').innerText()).toBe(title(to.data));
  });
});

describe('a document added by the importer', () => {
  const demo = directives.find((d) => d.id === IMPORTED_DEMO_ID)!;
  it('is in the library, its type and body lists, and the feed after one build', async () => {
    expect(demo, 'the imported demo entry exists').toBeDefined();
    for (const path of ['/van-ban/', `/van-ban/loai/${demo.data.type}/`, `/van-ban/co-quan/${issuerKey(demo.data.issuer)}/`]) {
      const page = await open(path, { javaScript: false });
      expect(await page.locator(`[data-library-results] a[href="/van-ban/${demo.id}/"]`).count(), path).toBe(1);
    }
    const page = await open('/');
    const feed = await (await page.request.get(new URL('/van-ban/atom.xml', page.url()).href)).text();
    expect(feed).toContain(`/van-ban/${demo.id}/`);
  });

  it('is found by search', async () => {
    const page = await open(`/tim-kiem/?q=${encodeURIComponent('đôn đốc')}`);
    await page.locator(`.search-result a[href="/van-ban/${demo.id}/"]`).first().waitFor();
  });
});

describe('a corrected number', () => {
  it('finds the document by the struck number and by the number in force', async () => {
    const corrected = directives.find((d) => d.data.number.includes('~~'))!;
    const struck = /~~([^~]+)~~/.exec(corrected.data.number)![1]!;
    const inForce = corrected.data.number.replace(/~~[^~]*~~/, '');
    const former = inForce.replace(/^\d+/, struck);
    for (const q of [inForce, former]) {
      const page = await open(`/tim-kiem/?q=${encodeURIComponent(q)}`);
      await page.locator(`.search-result a[href="/van-ban/${corrected.id}/"]`).first().waitFor();
      const meta = await page.locator('.search-result', { has: page.locator(`a[href="/van-ban/${corrected.id}/"]`) }).innerText();
      expect(meta, q).toContain(`${former}`);
    }
  });
});

describe('news reporting a directive', () => {
  interface Mention {
    number: string;
    date?: string;
  }
  const news = entries<{ title: string; reports?: Mention[] }>('news');
  const reported = news.flatMap((n) =>
    (n.data.reports ?? []).flatMap((m) => directives.filter((d) => d.data.number === m.number && d.data.date === m.date).map((d) => ({ news: n, directive: d }))),
  );

  it('links the article to the directive it reports, and the directive back to the article', async () => {
    expect(reported.length).toBeGreaterThan(0);
    for (const { news: n, directive: d } of reported) {
      const article = await open(`/tin-tuc/${n.id}/`);
      await article.locator(`main a[href="/van-ban/${d.id}/"]`).first().click();
      await article.waitForURL(`**/van-ban/${d.id}/`);
      expect(await article.locator(`#duoc-dan-chieu ~ ul a[href="/tin-tuc/${n.id}/"]`).count(), d.id).toBe(1);
    }
  });
});
