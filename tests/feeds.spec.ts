/**
 * Feeds and downloads of the directive library, against the built site: the Atom feeds parse as Atom
 * and list the directives of content/directives/ newest first, the province feeds only their own,
 * and the CSV and JSON files carry the front matter exactly as stored. Expectations come from the
 * files in content/directives/, never from constants.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { APIRequestContext, Browser, BrowserContext } from 'playwright-core';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import Papa from 'papaparse';
import { launch, siteUrl, visit } from './support/browser.ts';
import { directiveFiles, newestFirst } from './support/directives.ts';
import { entries as contentEntries } from './support/content.ts';
import { CSV_COLUMNS } from '../src/lib/directives/record.ts';

const ATOM = 'http://www.w3.org/2005/Atom';
const files = directiveFiles();
const byId = new Map(files.map((f) => [f.id, f]));

let browser: Browser;
let context: BrowserContext;
let request: APIRequestContext;
beforeAll(async () => {
  browser = await launch();
  context = await browser.newContext();
  request = context.request;
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

/** The built site's copy of an address: absolute URLs name the public host, so only their path is fetched here. */
const local = (url: string): string => new URL(new URL(url, 'https://x.invalid/').pathname.replace(/^\//, ''), siteUrl()).href;

const get = async (url: string) => {
  const r = await request.get(local(url));
  expect(r.status(), url).toBe(200);
  return r;
};

type Link = { '@rel'?: string; '@href': string; '@type'?: string };
type Entry = { id: string; title: string; updated: string; link: Link[]; author: { name: string }[]; category: Record<string, string>[]; summary: string };
type Feed = { '@xmlns': string; id: string; title: string; updated: string; link: Link[]; entry?: Entry[] };

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  isArray: (name) => ['entry', 'link', 'author', 'category'].includes(name),
});
// Text elements carry type="text", so the parser gives an object with the text under #text.
const textOf = (v: unknown): string => (typeof v === 'object' && v !== null ? String((v as Record<string, unknown>)['#text'] ?? '') : String(v));

const readFeed = async (url: string): Promise<Feed> => {
  const xml = await (await get(url)).text();
  expect(XMLValidator.validate(xml), url).toBe(true);
  const doc = parser.parse(xml) as { feed?: Feed };
  expect(doc.feed, `${url} has a <feed> root`).toBeDefined();
  return doc.feed!;
};

const alternate = (links: Link[]): string => links.find((l) => (l['@rel'] ?? 'alternate') === 'alternate')!['@href'];
/** The directive id an entry links to (/van-ban/<id>/). */
const idOf = (e: Entry): string => /\/van-ban\/([^/]+)\/$/.exec(new URL(alternate(e.link)).pathname)![1]!;
const entries = (f: Feed): Entry[] => f.entry ?? [];

/** The instant a front matter date stands for: midnight in Vietnam on its first day. */
const instantOf = (date: string): string => `${date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date}T00:00:00+07:00`;

describe('site-wide directive feed', () => {
  it('is announced in the head of every page and linked visibly on the library page', async () => {
    for (const path of ['/', '/van-ban/', '/du-lieu/']) {
      const { page } = await visit(browser, path);
      const link = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
      expect(await link.count(), path).toBe(1);
      expect(await link.getAttribute('title'), path).toBeTruthy();
      expect(new URL((await link.getAttribute('href'))!, page.url()).pathname, path).toMatch(/\/van-ban\/atom\.xml$/);
      await page.context().close();
    }
    const { page } = await visit(browser, '/van-ban/');
    const visible = page.getByRole('link', { name: 'Theo dõi văn bản mới (Atom)' });
    expect(await (await request.get(await visible.evaluate((a) => (a as HTMLAnchorElement).href))).status()).toBe(200);
    await page.context().close();
  });

  it('is Atom and lists exactly the directives of content/directives, newest first', async () => {
    const feed = await readFeed('/van-ban/atom.xml');
    expect(feed['@xmlns']).toBe(ATOM);
    expect(feed.id).toMatch(/^https?:\/\//);
    expect(textOf(feed.title).length).toBeGreaterThan(0);
    expect(new URL(feed.link.find((l) => l['@rel'] === 'self')!['@href']).pathname).toMatch(/\/van-ban\/atom\.xml$/);
    expect(entries(feed).map(idOf)).toEqual(newestFirst(files).slice(0, 50));
  });

  it('gives each entry the title, date, summary, issuer and type of its file, and a feed date of the newest entry', async () => {
    const feed = await readFeed('/van-ban/atom.xml');
    for (const e of entries(feed)) {
      const f = byId.get(idOf(e))!;
      expect(textOf(e.title).endsWith(`: ${f.data.subject}`), e.id).toBe(true);
      expect(textOf(e.summary)).toBe(f.data.summary);
      expect(e.author[0]!.name).toBe(f.data.issuer);
      expect(e.category[0]!['@term']).toBe(f.data.type);
      if (f.data.date !== '') expect(e.updated).toBe(instantOf(f.data.date));
      expect(e.id).toBe(alternate(e.link));
    }
    const newest = Math.max(...entries(feed).map((e) => Date.parse(e.updated)));
    expect(Date.parse(feed.updated)).toBe(newest);
  });

  it('links every entry to a page that exists', async () => {
    const feed = await readFeed('/van-ban/atom.xml');
    for (const e of entries(feed)) await get(alternate(e.link));
  });
});

describe('province feeds', () => {
  const provinceFeeds = async (): Promise<string[]> => {
    const { page } = await visit(browser, '/du-lieu/');
    const links = await page.locator('main a[href*="/van-ban/tinh/"]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    await page.context().close();
    return links;
  };

  it('list only the directives of their province, in the site feed’s order', async () => {
    const links = await provinceFeeds();
    expect(links.length).toBeGreaterThan(0);
    const siteOrder = entries(await readFeed('/van-ban/atom.xml')).map(idOf);
    const records = new Map(await Promise.all(files.map(async (f) => [f.id, (await (await get(`/van-ban/${f.id}.json`)).json()) as { facets: { tinh: { slug: string }[] } }] as const)));
    const covered = new Set<string>();
    for (const link of links) {
      const slug = /\/van-ban\/tinh\/([^/]+)\/atom\.xml$/.exec(link)![1]!;
      const feed = await readFeed(link);
      expect(feed['@xmlns']).toBe(ATOM);
      const ids = entries(feed).map(idOf);
      const expected = siteOrder.filter((id) => records.get(id)!.facets.tinh.some((p) => p.slug === slug));
      expect(ids, slug).toEqual(expected);
      expect(ids.length, slug).toBeGreaterThan(0);
      ids.forEach((id) => covered.add(id));
      // The feed follows the province's page, which exists.
      await get(alternate(feed.link));
    }
    // Every directive that names a unit is in some province's feed.
    for (const f of files) if (Array.isArray(f.data.localities) && f.data.localities.length > 0) expect(covered.has(f.id), f.id).toBe(true);
  });
});

describe('downloads', () => {
  const numbers = files.map((f) => f.data.number);

  it('the data include a struck number and a blank serial, so the checks below cover them', () => {
    expect(numbers.some((n) => /~~.+~~/.test(n))).toBe(true);
    expect(numbers.some((n) => n.startsWith('/'))).toBe(true);
  });

  it('van-ban.csv has one row per directive file, with the raw numbers exactly as in front matter', async () => {
    const r = await get('/du-lieu/van-ban.csv');
    expect(r.headers()['content-type']).toContain('text/csv');
    const text = await r.text();
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...CSV_COLUMNS]);
    expect(parsed.data.map((row) => row.id).sort()).toEqual(files.map((f) => f.id));
    expect(parsed.data.map((row) => row.id)).toEqual(newestFirst(files));
    for (const row of parsed.data) {
      const f = byId.get(row.id!)!;
      expect(row.so_ky_hieu, row.id).toBe(f.data.number);
      expect(row.ngay_ban_hanh, row.id).toBe(f.data.date);
      expect(row.trich_yeu, row.id).toBe(f.data.subject);
      expect(row.tom_tat, row.id).toBe(f.data.summary);
      expect(row.kinh_gui, row.id).toBe(((f.data.recipients as string[] | undefined) ?? []).join(' | '));
      expect(row.noi_nhan, row.id).toBe(((f.data.distribution as string[] | undefined) ?? []).join(' | '));
      expect(row.van_ban_dan_chieu, row.id).toBe(((f.data.cites as { number: string }[] | undefined) ?? []).map((c) => c.number).join(' | '));
      expect(row.so_hieu_luc, row.id).not.toContain('~');
      expect(new URL(row.url!).pathname).toMatch(new RegExp(`/van-ban/${row.id}/$`));
    }
  });

  it('/van-ban/<id>.json carries the front matter as stored, the parsed number and the text, and is linked from the page', async () => {
    for (const f of files) {
      const r = await get(`/van-ban/${f.id}.json`);
      expect(r.headers()['content-type']).toContain('application/json');
      const json = (await r.json()) as Record<string, unknown> & { number_parsed: { normalized: string; struck: string[] }; text: string };
      for (const [key, value] of Object.entries(f.data)) expect(json[key], `${f.id}: ${key}`).toEqual(value);
      expect(json.id).toBe(f.id);
      expect(json.text.trim()).toBe(f.body.trim());
      expect(json.number_parsed.struck.length > 0).toBe(f.data.number.includes('~~'));
      expect(json.number_parsed.normalized).not.toContain('~');
      await get(String(json.url));
    }
    const id = files[0]!.id;
    const { page } = await visit(browser, `/van-ban/${id}/`);
    const link = page.getByRole('link', { name: 'Tải thông tin văn bản (JSON)' });
    expect(new URL((await link.getAttribute('href'))!, page.url()).pathname).toMatch(new RegExp(`/van-ban/${id}\\.json$`));
    await page.context().close();
  });

  it('van-ban.json has every record without its text', async () => {
    const all = (await (await get('/du-lieu/van-ban.json')).json()) as Record<string, unknown>[];
    expect(all.map((r) => r.id)).toEqual(newestFirst(files));
    for (const r of all) {
      expect(r).not.toHaveProperty('text');
      expect(r.number).toBe(byId.get(String(r.id))!.data.number);
    }
  });

  it('/du-lieu/ offers the files and explains every CSV column, the licence and how to cite', async () => {
    const { page, problems } = await visit(browser, '/du-lieu/');
    expect(problems).toEqual([]);
    const section = page.locator('section', { has: page.locator('h2#van-ban') });
    for (const name of ['van-ban.csv', 'van-ban.json']) {
      const href = await section.getByRole('link', { name, exact: true }).evaluate((a) => (a as HTMLAnchorElement).href);
      expect((await request.get(href)).status(), name).toBe(200);
    }
    const columns = await section.locator('table#columns-van-ban tbody th code').allTextContents();
    expect(columns).toEqual([...CSV_COLUMNS]);
    for (const meaning of await section.locator('table#columns-van-ban tbody td').allTextContents()) expect(meaning.trim().length).toBeGreaterThan(0);
    const text = await section.innerText();
    expect(text).toContain('CC BY 4.0');
    expect(text).toContain('Cách trích dẫn');
    await page.context().close();
  });
});

describe('news feeds', () => {
  const news = contentEntries<{ date: string; title: string; campaigns?: string[] }>('news');
  const newsNewestFirst = (list: typeof news) =>
    [...list].sort((a, b) => String(b.data.date).localeCompare(String(a.data.date)) || a.id.localeCompare(b.id)).map((n) => n.id);
  const idsOf = (feed: Feed) => (feed.entry ?? []).map((e) => new URL(e.link.find((l) => (l['@rel'] ?? 'alternate') === 'alternate')!['@href']).pathname);

  it('lists every article, newest first, each linking to its page', async () => {
    const feed = await readFeed('/tin-tuc/atom.xml');
    expect(feed['@xmlns']).toBe(ATOM);
    expect(idsOf(feed)).toEqual(newsNewestFirst(news).map((id) => `/tin-tuc/${id}/`));
    for (const path of idsOf(feed)) await get(path);
  });

  it('has one feed per campaign with exactly the articles tagged with it', async () => {
    for (const c of contentEntries('campaigns')) {
      const feed = await readFeed(`/phong-trao/${c.id}/atom.xml`);
      const tagged = news.filter((n) => (n.data.campaigns ?? []).includes(c.id));
      expect(idsOf(feed), c.id).toEqual(newsNewestFirst(tagged).map((id) => `/tin-tuc/${id}/`));
    }
  });
});
