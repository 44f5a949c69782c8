/**
 * Search and the library's combined filters, in Chromium against the built site with its Pagefind
 * index. Expected pages and counts come from the content and data files, never from constants.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, siteUrl, visit } from './support/browser.ts';
import { csv, filesIn, lineage as allLineage, units as allUnits, type UnitRow } from './support/data.ts';
import { entries, type RawEntry } from './support/content.ts';
import { foldVietnamese } from '../src/lib/text/fold.ts';
import { dateSortKey } from '../src/lib/search/sort-key.ts';
import { documentNumberKey, formerNumbers, numberSearchKeys, parseDocumentNumber } from '../src/lib/docnum/parse.ts';
import { typeName } from '../src/lib/directives/title.ts';
import { issuerKey } from '../src/lib/directives/issuer.ts';
import { issuerNames } from '../src/lib/directives/facets.ts';
import { unitFullName, unitPath } from '../src/lib/units/unit-path.ts';

const directives = entries('directives');
const news = entries('news');
const campaigns = entries('campaigns');
const allEntries = [...directives, ...news, ...campaigns];
const congVan = directives.filter((d) => d.data.type === 'cong-van');
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const pathOf = { directive: (id: string) => `/van-ban/${id}/`, news: (id: string) => `/tin-tuc/${id}/`, campaign: (id: string) => `/phong-trao/${id}/` };

// Units and their history, read from data/ as tests/localities.spec.ts does.
const units = allUnits();
const lineage = allLineage();
const recognitions = filesIn('recognitions').flatMap((f) => csv<{ unit: string; set: string; level: string; year: string; decision_date: string }>(`recognitions/${f}`));
const levels = csv<{ set: string; level: string; name: string; rank: string }>('criteria/levels.csv');
const unitPathOf = (u: UnitRow) => unitPath({ code: u.code, name: u.name, kind: u.kind, ...(u.valid_to ? { valid_to: u.valid_to } : {}) });
const inForce = (u: UnitRow, day: string) => (!u.valid_from || u.valid_from <= day) && (!u.valid_to || day <= u.valid_to);
const unitAt = (code: string, day: string) => units.find((u) => u.code === code && inForce(u, day));
const dayBefore = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

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

/**
 * Two adjacent words of an entry's page (`shown`: what the page prints above its text), one at least
 * with đ (like "Đại Đồng"), as a reader types them without marks and with d ("dai dong"), and the
 * word with đ to find marked in the result.
 */
const dPair = (e: RawEntry, shown: string) => {
  const tokens = `${shown} ${e.body}`.split(/\s+/u);
  for (let i = 0; i + 1 < tokens.length; i++) {
    const [a, b] = [tokens[i]!, tokens[i + 1]!];
    if (!/^\p{L}{2,}$/u.test(a) || !/^\p{L}{2,}$/u.test(b)) continue;
    const withD = [a, b].find((w) => /[đĐ]/u.test(w));
    if (withD) return { query: foldVietnamese(`${a} ${b}`), marked: foldVietnamese(withD) };
  }
  throw new Error(`no two adjacent words with đ in ${e.id}`);
};

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

/** /tim-kiem/ with these parameters (q, muc, loai, …), as the page writes them. */
const searchPath = (params: Record<string, string>) => `/tim-kiem/?${new URLSearchParams(params).toString()}`;

const status = (page: Page) => page.locator('[data-search-status]');

// The first search downloads Pagefind and its index: allow for a slow, shared machine.
const poll = <T>(fn: () => Promise<T>) => expect.poll(fn, { timeout: 15_000 });

/** Waits for the search to finish (the status leaves "Đang tìm…") and returns its text. */
const settled = async (page: Page) => {
  await poll(async () => status(page).innerText()).toMatch(/kết quả/);
  return status(page).innerText();
};

/** Clicks "Xem thêm kết quả" until every result is shown. */
const showAll = async (page: Page) => {
  const more = page.locator('[data-search-more]');
  while (await more.isVisible()) {
    const before = await page.locator('.search-result').count();
    await more.click();
    await poll(() => page.locator('.search-result').count()).toBeGreaterThan(before);
  }
};

/** Every result, in order: its path, title, the lines under it, and the words marked in its excerpt. */
const allResults = async (page: Page) => {
  await showAll(page);
  return page.locator('.search-result').evaluateAll((items) =>
    items.map((li) => ({
      path: new URL(li.querySelector<HTMLAnchorElement>('h3 a')!.href).pathname,
      title: li.querySelector('h3')!.textContent ?? '',
      lines: [...li.querySelectorAll('p.meta')].map((p) => p.textContent ?? ''),
      excerpt: li.querySelector('.excerpt')?.textContent ?? '',
      marks: [...li.querySelectorAll('.excerpt mark')].map((m) => m.textContent ?? ''),
    })),
  );
};
const allResultPaths = async (page: Page) => (await allResults(page)).map((r) => r.path);

const countIn = (text: string) => Number(/(\d[\d.]*) kết quả/.exec(text)?.[1]?.replace(/\./g, '') ?? NaN);
/** A searchable form of a marked or shown word: folded, letters and digits only. */
const bare = (word: string) => foldVietnamese(word).replace(/[^\p{L}\p{N}]/gu, '');

describe('header search form', () => {
  it('lands on the search page with the query, without JavaScript, which offers browsing instead', async () => {
    const { page, problems } = await open('/van-ban/', { javaScript: false });
    const form = page.getByRole('search', { name: 'Tìm trên cổng thông tin' });
    await form.getByLabel('Từ khóa').fill('nông thôn');
    await form.getByRole('button', { name: 'Tìm' }).click();
    await page.waitForURL(/\/tim-kiem\/\?/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('nông thôn');
    const main = await page.locator('main').innerText();
    expect(main).toContain('cần bật JavaScript');
    expect(await page.locator('main a', { hasText: 'Văn bản chỉ đạo' }).count()).toBeGreaterThan(0);
    // The library's facet pages, which narrow the documents without JavaScript.
    for (const facet of ['loai', 'co-quan', 'nam', 'tinh']) expect(await page.locator(`main a[href="/van-ban/${facet}/"]`).count(), facet).toBe(1);
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

  it('works from the keyboard alone: type, Enter, results announced, a filter ticked with Space', async () => {
    const { page, problems } = await open('/');
    // Tab from the top of the page to the header's search box.
    for (let i = 0; i < 10 && (await page.evaluate(() => document.activeElement?.id)) !== 'site-search-q'; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-q');
    await page.keyboard.type('cong van');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/tim-kiem\/\?q=cong\+van/);
    const text = await settled(page);
    // The count is in a polite live region, so a screen reader hears it once the results are there.
    expect(await status(page).getAttribute('role')).toBe('status');
    expect(countIn(text)).toBe(await (async () => (await allResultPaths(page)).length)());
    const box = page.locator('fieldset input[type="checkbox"]').first();
    await box.focus();
    await page.keyboard.press('Space');
    await page.waitForURL(/muc=/);
    await settled(page);
    // The list of filters is drawn again; the box just ticked keeps the focus.
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.checked)).toBe(true);
    expect(problems).toEqual([]);
  });
});

describe('search page', () => {
  it(`finds a directive by a word of its text (“${uniqueWord.word}”), with the word marked`, async () => {
    const { page, problems } = await open(searchPath({ q: uniqueWord.word }));
    await settled(page);
    expect(await page.locator('#search-q').inputValue()).toBe(uniqueWord.word);
    const [first] = await allResults(page);
    expect(first!.path).toBe(pathOf.directive(uniqueWord.id));
    expect(first!.marks.map(foldVietnamese)).toContain(foldVietnamese(uniqueWord.word));
    // A directive's result names its kind, date, number and issuing body.
    const d = directives.find((x) => x.id === uniqueWord.id)!;
    expect(first!.lines.join(' ')).toContain('Văn bản');
    expect(first!.lines.join(' ')).toContain(String(d.data.issuer));
    expect(first!.lines.join(' ')).toContain(`Số, ký hiệu: ${parseDocumentNumber(String(d.data.number)).normalized}`);
    expect(problems).toEqual([]);
  });

  it('finds text with tone marks from a query without them (“cong van” finds every công văn)', async () => {
    const { page, problems } = await open(searchPath({ q: 'cong van' }));
    const text = await settled(page);
    const results = await allResults(page);
    expect(results.length).toBe(countIn(text));
    for (const d of congVan) expect(results.map((r) => r.path)).toContain(pathOf.directive(d.id));
    expect(results.flatMap((r) => r.marks)).toContain('Công');
    expect(problems).toEqual([]);
  });

  it('sorts by date, newest first, when asked', async () => {
    const { page, problems } = await open(searchPath({ q: 'cong van', muc: 'Văn bản', 'sap-xep': 'ngay' }));
    await settled(page);
    expect(await page.locator('[data-search-sort]').inputValue()).toBe('date');
    const keys = (await allResultPaths(page)).map((p) => dateSortKey(String(directives.find((d) => pathOf.directive(d.id) === p)!.data.date)));
    expect(keys.length).toBeGreaterThanOrEqual(congVan.length);
    expect(keys).toEqual([...keys].sort().reverse());
    expect(problems).toEqual([]);
  });

  it('helps when nothing is found: without marks, a document number, the library', async () => {
    const { page, problems } = await open(searchPath({ q: 'qxzvqxzv' }));
    await poll(() => status(page).innerText()).toContain('Không tìm thấy kết quả nào cho “qxzvqxzv”');
    const help = page.locator('[data-search-none]');
    expect(await help.isVisible()).toBe(true);
    const tips = await help.innerText();
    expect(tips).toContain('gõ không dấu');
    expect(tips).toContain('số, ký hiệu');
    expect(await help.locator('a[href$="/van-ban/"]').count()).toBe(1);
    // No filter is chosen, so there is none to remove.
    expect(await help.locator('[data-search-none-filters]').isVisible()).toBe(false);
    expect(await page.locator('.search-result').count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('suggests removing filters when they leave nothing, and removes them', async () => {
    const { page, problems } = await open(searchPath({ q: uniqueWord.word, muc: 'Tin tức' }));
    await poll(() => status(page).innerText()).toContain('Không tìm thấy');
    const remove = page.locator('[data-search-none-filters]');
    expect(await remove.isVisible()).toBe(true);
    await remove.getByRole('button').click();
    await poll(async () => countIn(await status(page).innerText())).toBe(1);
    expect(new URL(page.url()).searchParams.get('muc')).toBeNull();
    expect(problems).toEqual([]);
  });
});

describe('d finds đ, and marks typed are respected', () => {
  const kinds = [
    { kind: 'Văn bản', entry: directives.find((d) => /[đĐ]/u.test(d.body))!, path: pathOf.directive, shown: (e: RawEntry) => str(e.data.subject) },
    { kind: 'Tin tức', entry: news.find((n) => /[đĐ]/u.test(n.body))!, path: pathOf.news, shown: (e: RawEntry) => str(e.data.title) },
    { kind: 'Phong trào', entry: campaigns.find((c) => /[đĐ]/u.test(`${str(c.data.name)} ${c.body}`))!, path: pathOf.campaign, shown: (e: RawEntry) => `${str(e.data.name)} ${str(e.data.summary)}` },
  ];

  for (const { kind, entry, path, shown } of kinds) {
    const { query, marked } = dPair(entry, shown(entry));
    it(`finds a ${kind.toLowerCase()} by two of its words typed without marks and with d (“${query}”), the đ word marked`, async () => {
      const { page, problems } = await open(searchPath({ q: query, muc: kind }));
      await settled(page);
      const hit = (await allResults(page)).find((r) => r.path === path(entry.id));
      expect(hit, `${path(entry.id)} for “${query}”`).toBeDefined();
      expect(hit!.marks.map(bare)).toContain(marked);
      expect(problems).toEqual([]);
    });
  }

  // A current commune whose name has Đ and is shared by no other unit, even folded.
  const folded = (u: UnitRow) => foldVietnamese(unitFullName(u));
  const commune = units.find((u) => u.level === 'commune' && !u.valid_to && /[đĐ]/u.test(u.name) && units.filter((o) => folded(o) === folded(u)).length === 1)!;

  it(`finds a locality by its name typed with d (“${folded(commune)}”), first`, async () => {
    const { page, problems } = await open(searchPath({ q: folded(commune) }));
    await settled(page);
    const [first] = await allResults(page);
    expect(first!.path).toBe(unitPathOf(commune));
    expect(first!.lines[0]).toContain('Địa phương');
    expect(first!.marks.map(bare)).toEqual(expect.arrayContaining(foldVietnamese(commune.name).split(' ').filter((w) => /[đĐ]/u.test(commune.name))));
    expect(problems).toEqual([]);
  });

  // A person named with Đ (a signer): "ha sy dong" for "Hà Sỹ Đồng".
  const signed = directives.find((d) => /[đĐ]/u.test(str((d.data.signer as { name?: string } | undefined)?.name)))!;
  const signer = str((signed.data.signer as { name: string }).name);

  it(`finds a document by its signer's name typed without marks (“${foldVietnamese(signer)}”)`, async () => {
    const { page, problems } = await open(searchPath({ q: foldVietnamese(signer) }));
    await settled(page);
    expect((await allResultPaths(page))[0]).toBe(pathOf.directive(signed.id));
    expect(problems).toEqual([]);
  });

  // Two spellings of one folded word in unit names ("Đông", "Đồng"): the one typed comes first.
  const variants = new Map<string, Set<string>>();
  for (const u of units) for (const w of u.name.split(' ')) if (/[đĐ]/u.test(w)) variants.set(foldVietnamese(w), (variants.get(foldVietnamese(w)) ?? new Set()).add(w));
  const typed = [...[...variants.values()].find((s) => s.size > 1)!].sort()[0]!;

  it(`ranks the matches of a word typed with its marks (“${typed}”) before those of its other spellings`, async () => {
    const { page, problems } = await open(searchPath({ q: typed, muc: 'Địa phương' }));
    await settled(page);
    const exact = (await allResults(page)).map((r) =>
      `${r.title} ${r.lines.join(' ')} ${r.excerpt}`
        .toLocaleLowerCase('vi')
        .split(/[\s,.:;]+/u)
        .some((w) => w.startsWith(typed.toLocaleLowerCase('vi'))),
    );
    expect(exact).toContain(true);
    expect(exact).toContain(false);
    // Every exact match before the first other one.
    expect(exact).toEqual([...exact].sort((a, b) => Number(b) - Number(a)));
    // Typed without marks, the query finds both spellings.
    const plain = await open(searchPath({ q: foldVietnamese(typed), muc: 'Địa phương' }));
    expect(countIn(await settled(plain.page))).toBeGreaterThanOrEqual(exact.length);
    expect(problems).toEqual([]);
  });
});

describe('document numbers', () => {
  /** Directives whose number, in force or struck, is `typed`. */
  const holding = (typed: string) => {
    const key = documentNumberKey(parseDocumentNumber(typed));
    return directives.filter((d) => numberSearchKeys(parseDocumentNumber(String(d.data.number))).includes(key)).map((d) => pathOf.directive(d.id));
  };
  const firstPaths = async (q: string, n: number) => {
    const { page, problems } = await open(searchPath({ q }));
    await settled(page);
    const paths = await allResultPaths(page);
    expect(problems).toEqual([]);
    return { first: paths.slice(0, n), all: paths };
  };

  const number43 = String(directives.find((d) => String(d.data.number).startsWith('43/'))!.data.number);
  const forms = [number43, number43.toLowerCase(), number43.replace('/', ' ')];

  it(`puts the documents numbered ${number43} first, however the number is typed (${forms.join(', ')})`, async () => {
    const held = holding(number43);
    expect(held.length).toBeGreaterThan(0);
    const found = [];
    for (const q of forms) {
      const { first, all } = await firstPaths(q, held.length);
      expect([...first].sort(), q).toEqual([...held].sort());
      found.push([...all].sort());
    }
    // All three forms find the same pages: the number is not split into "43" and "TB-UBND".
    expect(found[1]).toEqual(found[0]);
    expect(found[2]).toEqual(found[0]);
    // Every page found says the number; a document with a blank serial and the same symbol is not one.
    const says = (e: RawEntry) => `${JSON.stringify(e.data)} ${e.body}`.includes(number43);
    for (const p of found[0]!) {
      const e = allEntries.find((x) => Object.values(pathOf).some((f) => f(x.id) === p));
      if (e) expect(says(e), p).toBe(true);
    }
  });

  it('finds a document from the start of its number (“04/CT”)', async () => {
    const d = directives.find((x) => parseDocumentNumber(String(x.data.number)).normalized.startsWith('04/CT'))!;
    const { first } = await firstPaths('04/CT', 1);
    expect(first).toEqual([pathOf.directive(d.id)]);
  });

  it('finds a Party document by its number (815-CV/HU)', async () => {
    const d = directives.find((x) => parseDocumentNumber(String(x.data.number)).family === 'party')!;
    const number = parseDocumentNumber(String(d.data.number)).normalized;
    expect((await firstPaths(number, 1)).first).toEqual([pathOf.directive(d.id)]);
  });

  it('finds a corrected document by the number struck on the original and by the one in force', async () => {
    const corrected = directives.filter((d) => formerNumbers(String(d.data.number)).length > 0);
    expect(corrected.length).toBeGreaterThan(0);
    for (const d of corrected) {
      const struck = formerNumbers(String(d.data.number));
      for (const q of [...struck, parseDocumentNumber(String(d.data.number)).normalized]) {
        expect((await firstPaths(q, 1)).first, q).toEqual([pathOf.directive(d.id)]);
      }
      // The result says which number was struck.
      const { page } = await open(searchPath({ q: struck[0]! }));
      await settled(page);
      const [first] = await allResults(page);
      expect(first!.lines.join(' ')).toContain(`số bị gạch trên bản gốc: ${struck.join(', ')}`);
    }
  });
});

describe('filters', () => {
  /** Ticks nothing: the filter in the address alone, no query. Returns the paths and the count shown. */
  const filtered = async (params: Record<string, string>) => {
    const { page, problems } = await open(searchPath(params));
    const count = countIn(await settled(page));
    const paths = await allResultPaths(page);
    expect(paths.length).toBe(count);
    expect(problems).toEqual([]);
    return { page, paths };
  };
  /** "Công văn (4)" → ["Công văn", 4], for each value of a filter group. */
  const groupCounts = (page: Page, legend: string) =>
    page
      .locator('fieldset', { has: page.locator('legend', { hasText: legend }) })
      .locator('label')
      .evaluateAll((labels) => labels.map((l) => /^(.*) \(([\d.]+)\)$/u.exec(l.textContent ?? '')!.slice(1)))
      .then((pairs) => pairs.map(([name, n]) => [name!, Number(n!.replace(/\./g, ''))] as [string, number]));

  it('narrows by kind (Tin tức) and keeps it in the address', async () => {
    const { page, problems } = await open(searchPath({ q: 'nông thôn' }));
    const before = countIn(await settled(page));
    const group = page.locator('fieldset', { has: page.locator('legend', { hasText: 'Loại trang' }) });
    await group.getByLabel(/^Tin tức/).check();
    await page.waitForURL(/muc=/);
    expect(new URL(page.url()).searchParams.get('muc')).toBe('Tin tức');
    expect(new URL(page.url()).searchParams.get('q')).toBe('nông thôn');
    await poll(async () => countIn(await status(page).innerText())).toBeLessThan(before);
    const paths = await allResultPaths(page);
    expect(paths.length).toBe(countIn(await status(page).innerText()));
    expect(paths.sort()).toEqual(news.map((n) => pathOf.news(n.id)).sort());
    expect(problems).toEqual([]);
    // The address alone brings the filter back, ticked.
    const again = await open(new URL(page.url()).pathname + new URL(page.url()).search);
    await settled(again.page);
    expect(await again.page.locator('fieldset').getByLabel(/^Tin tức/).isChecked()).toBe(true);
    expect(countIn(await status(again.page).innerText())).toBe(paths.length);
  });

  it('offers each kind with its count, the results pages included', async () => {
    const { page } = await filtered({ muc: 'Kết quả' });
    expect(await allResultPaths(page)).toContain('/ket-qua/');
    const kinds = new Map(await groupCounts(page, 'Loại trang'));
    expect(kinds.get('Văn bản')).toBe(directives.length);
    expect(kinds.get('Tin tức')).toBe(news.length);
    expect(kinds.get('Phong trào')).toBe(campaigns.length);
    expect(kinds.get('Địa phương')).toBe(units.length);
  });

  it('narrows by type of document, with a count beside each type', async () => {
    const { page, paths } = await filtered({ loai: typeName('cong-van') });
    expect(paths.sort()).toEqual(congVan.map((d) => pathOf.directive(d.id)).sort());
    // Counts of the other types are what ticking them too would add: every type, counted alone.
    const counts = await groupCounts(page, 'Loại văn bản');
    expect(counts.length).toBe(new Set(directives.map((d) => d.data.type)).size);
    for (const [name, n] of counts) expect(n, name).toBe(directives.filter((d) => typeName(String(d.data.type)) === name).length);
  });

  it('narrows by issuing body', async () => {
    const names = issuerNames(directives.map((d) => String(d.data.issuer)));
    const key = issuerKey(String(directives[0]!.data.issuer));
    const { paths } = await filtered({ 'co-quan': names.get(key)! });
    expect(paths.sort()).toEqual(directives.filter((d) => issuerKey(String(d.data.issuer)) === key).map((d) => pathOf.directive(d.id)).sort());
  });

  it('narrows by year (documents and news)', async () => {
    const year = String(news[0]!.data.date).slice(0, 4);
    const { paths } = await filtered({ nam: year });
    const expected = [
      ...directives.filter((d) => String(d.data.date).startsWith(year)).map((d) => pathOf.directive(d.id)),
      ...news.filter((n) => String(n.data.date).startsWith(year)).map((n) => pathOf.news(n.id)),
    ];
    expect(paths.sort()).toEqual(expected.sort());
  });

  it('narrows by province, as the library’s province pages do', async () => {
    const { page } = await open('/van-ban/tinh/');
    const link = page.locator('main ul.columns li a').first();
    const province = (await link.innerText()).trim();
    await link.click();
    await page.waitForURL(/\/van-ban\/tinh\/.+/);
    const listed = await page.locator('main li .h-item a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    const { paths } = await filtered({ tinh: province, muc: 'Văn bản' });
    expect(paths.sort()).toEqual(listed.sort());
  });
});

describe('localities in results', () => {
  it('shows a commune’s recognised level', async () => {
    const rec = recognitions[0]!;
    const commune = unitAt(rec.unit, rec.decision_date || `${rec.year}-12-31`)!;
    const best = recognitions
      .filter((r) => unitAt(r.unit, r.decision_date || `${r.year}-12-31`) === commune)
      .map((r) => levels.find((l) => l.set === r.set && l.level === r.level)!)
      .sort((a, b) => Number(b.rank) - Number(a.rank))[0]!;
    const { page, problems } = await open(searchPath({ q: unitFullName(commune), muc: 'Địa phương' }));
    await settled(page);
    const hit = (await allResults(page)).find((r) => r.path === unitPathOf(commune))!;
    expect(hit.lines[0]).toContain(best.name);
    // It ceased in the reform: its result says so.
    expect(hit.lines[0]).toContain('Đã sáp nhập');
    expect(problems).toEqual([]);
  });

  it('finds the commune of today by the name of one it was formed from', async () => {
    const merge = lineage
      .map((e) => ({ from: unitAt(e.old_code, dayBefore(e.date)), to: unitAt(e.new_code, e.date) }))
      .find((m) => m.from && m.to && m.to.level === 'commune' && !m.to.valid_to && !m.to.name.includes(m.from.name) && !m.from.name.includes(m.to.name))!;
    const oldName = unitFullName(merge.from!);
    const { page, problems } = await open(searchPath({ q: foldVietnamese(oldName), muc: 'Địa phương' }));
    await settled(page);
    const results = await allResults(page);
    expect(results.map((r) => r.path)).toContain(unitPathOf(merge.from!));
    const today = results.find((r) => r.path === unitPathOf(merge.to!));
    expect(today, `${unitPathOf(merge.to!)} for “${oldName}”`).toBeDefined();
    expect(today!.lines.join(' ')).toContain(oldName);
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
    expect([...paths].sort()).toEqual(congVan.map((d) => pathOf.directive(d.id)).sort());
    const keys = paths.map((p) => dateSortKey(String(congVan.find((d) => pathOf.directive(d.id) === p)!.data.date)));
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

  it('fetches the issuing bodies only when needed: for a body in the address, or when the reader opens the filters', async () => {
    const key = issuerKey(String(directives[0]!.data.issuer));
    const expected = directives.filter((d) => issuerKey(String(d.data.issuer)) === key);
    const { page, problems } = await open(`/van-ban/?co-quan=${key}`);
    await poll(() => libraryStatus(page).innerText()).toBe(`${expected.length} văn bản`);
    expect(await page.getByLabel('Cơ quan ban hành').inputValue()).toBe(key);
    const paths = await rows(page).locator('a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect([...paths].sort()).toEqual(expected.map((d) => pathOf.directive(d.id)).sort());
    expect(problems).toEqual([]);
    // The list page itself names no body: every one comes from the JSON, with its count.
    const html = await (await fetch(new URL('van-ban/', siteUrl()))).text();
    expect(/<select id="library-co-quan"[^>]*>(.*?)<\/select>/s.exec(html)?.[1]?.match(/<option/g)?.length).toBe(1);
    const fresh = await open('/van-ban/', { width: 360 });
    await fresh.page.locator('[data-library-details] summary').click();
    const bodies = new Set(directives.map((d) => issuerKey(String(d.data.issuer))));
    await poll(() => fresh.page.getByLabel('Cơ quan ban hành').locator('option').count()).toBe(bodies.size + 1);
    expect(fresh.problems).toEqual([]);
  });

  it('stays hidden without JavaScript, leaving the server list', async () => {
    const { page } = await open('/van-ban/?loai=cong-van', { javaScript: false });
    expect(await page.locator('[data-library-filters]').isVisible()).toBe(false);
    expect(await rows(page).count()).toBe(directives.length);
  });
});
