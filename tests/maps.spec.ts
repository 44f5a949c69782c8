/**
 * The build-time maps, in real Chromium against the built site: a province page shows one link per
 * commune outline, each with an accessible name; the skip link and the keyboard reach the map and
 * its table; the table lists the same communes; the national map links every current province page
 * the portal has; former units have no map. Expectations come from data/units/ and
 * data/boundaries/, never from constants.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { siteUrl, useBrowser } from './support/browser.ts';
import { unitFullName, unitPath } from '../src/lib/units/unit-path.ts';

interface UnitRow {
  code: string;
  name: string;
  kind: string;
  level: string;
  parent_code: string;
  valid_to: string;
}

const data = (path: string) => new URL(`../data/${path}`, import.meta.url);
const units: UnitRow[] = readdirSync(data('units/'))
  .filter((f) => f.endsWith('.csv'))
  .flatMap((f) => Papa.parse<UnitRow>(readFileSync(data(`units/${f}`), 'utf8'), { header: true, skipEmptyLines: true }).data);
const current = units.filter((u) => !u.valid_to);
const path = (u: UnitRow) => unitPath({ ...u, valid_to: u.valid_to || undefined });

/** Codes in a TopoJSON layer. */
const outlineCodes = (file: string, layer: string): string[] =>
  (JSON.parse(readFileSync(data(`boundaries/${file}`), 'utf8')) as { objects: Record<string, { geometries: { properties: { code: string } }[] }> }).objects[
    layer
  ]!.geometries.map((g) => g.properties.code);

// Every province with commune outlines, with the pages its map must link to.
const provinces = readdirSync(data('boundaries/'))
  .map((f) => /^communes-(\d{2})-.+\.topojson$/.exec(f))
  .filter((m): m is RegExpExecArray => !!m)
  .map(([file, code]) => {
    const province = current.find((u) => u.level === 'province' && u.code === code)!;
    const communes = current.filter((u) => u.level === 'commune' && u.parent_code === code);
    const byCode = new Map(communes.map((c) => [c.code, c]));
    const linked = outlineCodes(file, 'communes').flatMap((c) => (byCode.has(c) ? [byCode.get(c)!] : []));
    return { code: code!, name: unitFullName(province), path: path(province), links: linked.map(path), communes: communes.map(path) };
  });

const { open } = useBrowser();
const hrefs = (page: Awaited<ReturnType<typeof open>>, selector: string) =>
  page.locator(selector).evaluateAll((as) => as.map((a) => new URL(a.getAttribute('href')!, location.href).pathname));

describe('province map', () => {
  it('covers at least one province (the data has outlines)', () => {
    expect(provinces.length).toBeGreaterThan(0);
  });

  it.each(provinces)('$name: one link per commune outline, each to its page, with a name', async (p) => {
    const page = await open(p.path);
    const map = page.locator(`svg.map-province`);
    expect(await map.getAttribute('role')).toBe('group');
    expect(await page.locator(`#${await map.getAttribute('aria-labelledby')}`).textContent()).toContain(p.name.split(' ').slice(1).join(' '));
    expect((await hrefs(page, 'svg.map-province a')).sort()).toEqual([...p.links].sort());
    const labels = await page.locator('svg.map-province a').evaluateAll((as) => as.map((a) => [a.getAttribute('aria-label'), a.querySelector('title')?.textContent]));
    for (const [label, title] of labels) {
      expect(label).toMatch(/^(Xã|Phường|Đặc khu) .+: .+/);
      expect(title).toBe(label);
    }
    expect(await page.locator('figure.map figcaption').innerText()).toContain('Ranh giới:');
  });

  it.each(provinces)('$name: the table beside the map lists the same communes', async (p) => {
    const page = await open(p.path);
    const table = `#map-${p.code}-table`;
    expect((await hrefs(page, `${table} tbody th a`)).sort()).toEqual([...p.communes].sort());
    // Every commune on the map is in the table.
    for (const link of p.links) expect(p.communes).toContain(link);
  });

  it('keyboard: Tab from the skip link reaches the first commune, and Enter opens its page', async () => {
    const p = provinces[0]!;
    const page = await open(p.path);
    await page.focus('.map-skip');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const a = document.activeElement;
      return { inMap: !!a?.closest('svg.map-province'), href: a?.getAttribute('href'), label: a?.getAttribute('aria-label') };
    });
    expect(focused.inMap).toBe(true);
    expect(focused.href).toBe(await page.locator('svg.map-province a').first().getAttribute('href'));
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === new URL(focused.href!, page.url()).pathname);
    expect(focused.label).toContain(await page.locator('h1').innerText());
  });

  it('the skip link jumps past the map to the table', async () => {
    const p = provinces[0]!;
    const page = await open(p.path);
    await page.focus('.map-skip');
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).hash).toBe(`#map-${p.code}-table`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('table') && document.activeElement.tagName)).toBe('A');
  });

  it.each(provinces)('$name: says on the map itself when the data shown is illustrative', async (p) => {
    // The map shows the latest year assessed; the demo marks invented rows with illustrative = 1.
    const folder = readdirSync(data('assessments/')).find((f) => f.startsWith(`${p.code}-`));
    const latest = folder && readdirSync(data(`assessments/${folder}/`)).sort().at(-1);
    const rows = latest ? Papa.parse<{ illustrative: string }>(readFileSync(data(`assessments/${folder}/${latest}`), 'utf8'), { header: true, skipEmptyLines: true }).data : [];
    const illustrative = rows.some((r) => r.illustrative === '1');
    const page = await open(p.path);
    expect(await page.locator('svg.map-province text.map-watermark').count()).toBe(illustrative ? 1 : 0);
    expect(await page.locator('svg.map-province > title').textContent()).toContain(illustrative ? 'minh họa' : 'Bản đồ');
  });

  it('is drawn without JavaScript and fits a 320 px screen', async () => {
    const page = await open(provinces[0]!.path, { javaScript: false, width: 320 });
    expect(await page.locator('svg.map-province a').count()).toBe(provinces[0]!.links.length);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });
});

describe('no map', () => {
  const former = units.find((u) => u.level === 'province' && u.valid_to);
  const district = units.find((u) => u.level === 'district');
  const commune = current.find((u) => u.level === 'commune');
  it.each([former, district, commune].filter((u): u is UnitRow => !!u).map((u) => [unitFullName(u), path(u)]))('on the page of %s', async (_, p) => {
    const page = await open(p);
    expect(await page.locator('.map-section').count()).toBe(0);
  });
});

describe('national map on /dia-phuong/', () => {
  const outlined = new Set(outlineCodes('provinces.topojson', 'provinces'));
  const pages = current.filter((u) => u.level === 'province' && outlined.has(u.code)).map(path);

  it('links each current province page the portal has, and only those', async () => {
    const page = await open('/dia-phuong/');
    const links = await hrefs(page, 'svg.map-national a');
    expect(links.sort()).toEqual([...pages].sort());
    for (const href of links) expect((await page.request.get(new URL(href.replace(/^\//, ''), siteUrl()).href)).status(), href).toBe(200);
    for (const label of await page.locator('svg.map-national a').evaluateAll((as) => as.map((a) => a.getAttribute('aria-label')))) expect(label).toMatch(/: có dữ liệu/);
  });

  it('says how many provinces have data, and lists every outline in its table', async () => {
    const page = await open('/dia-phuong/');
    expect(await page.locator('figure.map figcaption').innerText()).toContain(`Chỉ ${pages.length} tỉnh trình diễn có dữ liệu`);
    expect(await page.locator('#national-map-table tbody tr').count()).toBe(outlined.size);
  });
});
