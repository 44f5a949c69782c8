/**
 * The home page and one page of each kind, in real Chromium against the built site: each loads with
 * status 200, no console error and no failed request, and shows what a reader comes for.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { useBrowser } from './support/browser.ts';
import { entries } from './support/content.ts';

// The number of criteria comes from the data, never from a constant.
const criteriaInSet = (set: string) =>
  readFileSync(new URL('../data/criteria/criteria.csv', import.meta.url), 'utf8').split('\n').filter((l) => l.startsWith(`${set},`)).length;

const { open, visit } = useBrowser();

describe('home page', () => {
  it('is Vietnamese, titled, and links to every section', async () => {
    const page = await open('/');
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    expect(await page.title()).toContain('Minh bạch Nông thôn mới');
    const nav = await page.locator('nav[aria-label="Điều hướng chính"] a').allTextContents();
    expect(nav).toEqual(['Văn bản', 'Địa phương', 'Kết quả', 'Tin tức & phong trào', 'Tìm kiếm', 'Dữ liệu mở']);
    for (const href of await page.locator('nav[aria-label="Điều hướng chính"] a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))) {
      const r = await page.request.get(href);
      expect(r.status(), href).toBe(200);
    }
  });

  it('shows reported figures with their source, in Vietnamese number form', async () => {
    const page = await open('/');
    const figures = page.locator('main .card');
    await expect.poll(() => figures.count()).toBeGreaterThan(0);
    const text = await page.locator('main').innerText();
    expect(text).toContain('42/85');
    expect(text).toContain('25.608,6 triệu đồng');
    expect(text).toContain('43,6%');
    const source = page.locator('main .card a').first();
    const r = await page.request.get(await source.evaluate((a) => (a as HTMLAnchorElement).href));
    expect(r.status()).toBe(200);
  });

  it('has a skip link to the main landmark and a share preview', async () => {
    const page = await open('/');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Bỏ qua, đến nội dung chính');
    expect(await page.locator('main#main').count()).toBe(1);
    const image = await page.getAttribute('meta[property="og:image"]', 'content');
    expect(image).toMatch(/^https?:\/\/.+\.png$/);
    // The preview image exists in the build (the absolute URL names the public host, so fetch its path here).
    expect((await page.request.get(new URL(new URL(image!).pathname.slice(1), page.url()).href)).status()).toBe(200);
    expect(await page.getAttribute('link[rel="canonical"]', 'href')).toMatch(/^https?:\/\//);
  });

  it('fits a 320 px screen without sideways scrolling', async () => {
    const page = await open('/', { width: 320 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });
});

describe('directive page', () => {
  it('shows a corrected number with the struck digits, and every metadata field', async () => {
    const page = await open('/van-ban/ubnd-tinh-quang-tri-20-ubnd-nn-2020/');
    expect(await page.locator('h1').innerText()).toBe('Công văn 20/UBND-NN');
    expect(await page.locator('dl.meta-panel del').innerText()).toBe('26');
    const panel = await page.locator('dl.meta-panel').innerText();
    for (const fact of ['UBND tỉnh Quảng Trị', '15/06/2020', 'Kính gửi', 'Nơi nhận', 'KT. CHỦ TỊCH', 'Hà Sỹ Đồng', 'Ngày thứ 7 vì nông thôn mới', 'Tỉnh Quảng Trị']) {
      expect(panel).toContain(fact);
    }
  });

  it('says a blank number and a blank day are blank', async () => {
    const page = await open('/van-ban/ubnd-huyen-tan-uyen-tb-ubnd-2024/');
    expect(await page.locator('h1').innerText()).toBe('Thông báo không ghi số, ký hiệu TB-UBND');
    expect(await page.locator('dl.meta-panel').innerText()).toContain('tháng 01/2024');
  });

  it('is listed in the library', async () => {
    const page = await open('/van-ban/');
    expect(await page.locator('main li h2 a').allTextContents()).toContain('Công văn 20/UBND-NN');
  });
});

describe('news and campaign pages', () => {
  it('shows a news article with the documents it reports', async () => {
    const page = await open('/tin-tuc/tra-cu-cong-van-815-cv-hu-2023/');
    const text = await page.locator('main').innerText();
    expect(text).toContain('815-CV/HU');
    expect(text).toContain('Huyện ủy Trà Cú');
  });

  it('lists a campaign’s directives', async () => {
    const page = await open('/phong-trao/ngay-thu-7-vi-nong-thon-moi/');
    expect(await page.locator('main').innerText()).toContain('Công văn 20/UBND-NN');
  });
});

describe('unit pages', () => {
  it('keeps a merged commune’s page and links it to the commune it became', async () => {
    const page = await open('/dia-phuong/truoc-2025/29489-xa-ham-tan/');
    expect(await page.locator('h1').innerText()).toBe('Xã Hàm Tân');
    const notice = page.locator('.notice', { hasText: 'Đơn vị hành chính trước sắp xếp' });
    await notice.getByRole('link', { name: 'Xã Hàm Giang' }).click();
    await page.waitForURL(/29489-xa-ham-giang/);
    expect(await page.locator('h1').innerText()).toBe('Xã Hàm Giang');
    expect(await page.locator('main').innerText()).toContain('Xã Hàm Tân');
  });

  it('shows a commune’s criteria grid with one row per criterion of its set, marked illustrative', async () => {
    const page = await open('/dia-phuong/truoc-2025/29479-xa-ngai-xuyen/');
    expect(await page.locator('.notice', { hasText: 'Dữ liệu minh họa' }).count()).toBe(1);
    const grid = page.locator('#criteria-grid');
    expect(await grid.locator('caption').innerText()).toContain('giai đoạn 2021–2025');
    expect(await grid.locator('tbody tr').count()).toBe(criteriaInSet('qd-318-2022'));
    const count = await page.locator('#tieu-chi + p.stat').innerText();
    const met = await grid.locator('tbody td.status-met').count();
    expect(count).toBe(`${met}/${criteriaInSet('qd-318-2022')} tiêu chí minh họa`);
  });

  it('lists a province’s communes', async () => {
    const page = await open('/dia-phuong/86-tinh-vinh-long/');
    // Current communes whose parent is the province, from the data file.
    const communes = readFileSync(new URL('../data/units/86-vinh-long.csv', import.meta.url), 'utf8')
      .split('\n')
      .filter((l) => /^[^,]+,[^,]+,[^,]+,commune,86,[^,]*,,/.test(l)).length;
    expect(communes).toBeGreaterThan(0);
    expect(await page.locator('#children-table tbody tr').count()).toBe(communes);
  });
});

describe('other sections', () => {
  it.each(['/ket-qua/', '/tin-tuc/', '/phong-trao/', '/dia-phuong/', '/du-lieu/', '/tim-kiem/'])('%s loads with a heading', async (path) => {
    const page = await open(path);
    expect((await page.locator('h1').innerText()).length).toBeGreaterThan(0);
  });

  it('offers every data file for download, exactly as in the repository', async () => {
    const page = await open('/du-lieu/');
    const links = await page.locator('main a[download]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links.length).toBeGreaterThan(10);
    const figures = links.find((l) => l.endsWith('/du-lieu/figures/51-quang-ngai.csv'))!;
    const r = await page.request.get(figures);
    expect(r.headers()['content-type']).toContain('text/csv');
    expect(await r.text()).toBe(readFileSync(new URL('../data/figures/51-quang-ngai.csv', import.meta.url), 'utf8'));
  });

  it('reads without JavaScript', async () => {
    const page = await open('/dia-phuong/truoc-2025/29479-xa-ngai-xuyen/', { javaScript: false });
    expect(await page.locator('main table tbody tr').count()).toBeGreaterThan(0);
  });

  it('answers an unknown address with the 404 page', async () => {
    const v = await visit('/khong-co-trang-nay/');
    expect(v.status).toBe(404);
    expect(await v.page.locator('h1').innerText()).toBe('Không tìm thấy trang');
  });

  it('publishes robots.txt and a sitemap', async () => {
    const page = await open('/');
    const robots = await (await page.request.get(new URL('robots.txt', page.url()).href)).text();
    expect(robots).toMatch(/Sitemap: https?:\/\/.+\/sitemap-index\.xml/);
    const sitemap = await page.request.get(new URL('sitemap-index.xml', page.url()).href);
    expect(sitemap.status()).toBe(200);
  });
});

describe('news list', () => {
  const news = entries<{ date: string; campaigns?: string[] }>('news');

  it('lists every article newest first, with its count, and narrows to a campaign without JavaScript', async () => {
    const page = await open('/tin-tuc/', { javaScript: false });
    const expected = [...news].sort((a, b) => String(b.data.date).localeCompare(String(a.data.date))).map((n) => `/tin-tuc/${n.id}/`);
    expect(await page.locator('[data-library-results] > ul > li h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(expected);
    expect(await page.locator('[data-library-count]').innerText()).toContain(`${news.length} tin`);
    const campaign = news.find((n) => (n.data.campaigns ?? []).length > 0)!.data.campaigns![0]!;
    await page.locator(`.facet-browse a[href="/tin-tuc/phong-trao/${campaign}/"]`).click();
    const tagged = news.filter((n) => (n.data.campaigns ?? []).includes(campaign));
    expect(await page.locator('[data-library-results] > ul > li').count()).toBe(tagged.length);
    expect(await page.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute('href')).toBe(`/phong-trao/${campaign}/atom.xml`);
  });
});

describe('campaign pages', () => {
  const figuresDir = new URL('../data/figures/', import.meta.url);
  const figureRows = readdirSync(figuresDir)
    .filter((f) => f.endsWith('.csv'))
    .flatMap((f) => Papa.parse<{ source: string }>(readFileSync(new URL(f, figuresDir), 'utf8'), { header: true, skipEmptyLines: true }).data);
  const campaigns = entries<{ name: string; launch_document?: { number: string } }>('campaigns');
  const tagged = (folder: string, id: string) => entries<{ campaigns?: string[] }>(folder).filter((e) => (e.data.campaigns ?? []).includes(id)).map((e) => e.id);

  it('list exactly the directives and news tagged with them, the figures those report, and offer their feed', async () => {
    let shown = 0;
    for (const c of campaigns) {
      const page = await open(`/phong-trao/${c.id}/`, { javaScript: false });
      const section = (heading: string) =>
        page.locator(`h2:text-is("${heading}") + ul > li h3 a`).evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      const directives = await section('Văn bản liên quan');
      const news = await section('Tin liên quan');
      const want = { directives: tagged('directives', c.id).map((id) => `/van-ban/${id}/`), news: tagged('news', c.id).map((id) => `/tin-tuc/${id}/`) };
      if (c.data.launch_document) {
        // Entries citing the launching document come on top of the tagged ones (rule unit-tested in cites-document.test.ts).
        expect(directives, c.id).toEqual(expect.arrayContaining(want.directives));
        expect(news, c.id).toEqual(expect.arrayContaining(want.news));
      } else {
        expect(directives.sort(), c.id).toEqual(want.directives.sort());
        expect(news.sort(), c.id).toEqual(want.news.sort());
      }
      expect(await page.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute('href')).toBe(`/phong-trao/${c.id}/atom.xml`);
      // Figures: every data/figures row reported by one of the listed directives or news, with its source link.
      const listed = new Set([...directives, ...news].map((h) => h!.replace(/^\/|\/$/g, '')));
      const reported = figureRows.filter((f) => listed.has(f.source));
      const rows = page.locator('#reported-figures tbody tr');
      expect(await rows.count(), c.id).toBe(reported.length);
      if (reported.length) expect((await rows.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).sort()).toEqual(reported.map((f) => `/${f.source}/`).sort());
      shown += reported.length;
    }
    // The demo data ties the Trà Cú figures to a campaign through the article reporting them.
    expect(shown).toBeGreaterThan(0);
  });
});
