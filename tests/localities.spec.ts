/**
 * Unit pages against the data files: every unit has its page, every commune shows the criteria count
 * its CSV rows give, merged units link both ways; then one commune and one province in Chromium.
 * Expected values are recomputed from data/ here, independently of the site's code.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { siteUrl, useBrowser } from './support/browser.ts';
import { DATA, csv, filesIn, lineage as allLineage, units as allUnits, type UnitRow } from './support/data.ts';
import { unitPath } from '../src/lib/units/unit-path.ts';
import { foldVietnamese } from '../src/lib/text/fold.ts';

const units = allUnits();
const lineage = allLineage();
const criteria = csv<{ set: string; number: string }>('criteria/criteria.csv');
const assessmentRows = readdirSync(new URL('assessments/', DATA)).flatMap((dir) =>
  filesIn(`assessments/${dir}`).flatMap((f) => csv<{ unit: string; year: string; as_of: string; set: string; met: string }>(`assessments/${dir}/${f}`)),
);

const pathOf = (u: UnitRow) => unitPath({ code: u.code, name: u.name, kind: u.kind, ...(u.valid_to ? { valid_to: u.valid_to } : {}) });
const inForce = (u: UnitRow, day: string) => (!u.valid_from || u.valid_from <= day) && (!u.valid_to || day <= u.valid_to);
const unitAt = (code: string, day: string) => units.find((u) => u.code === code && inForce(u, day));
const dayBefore = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

// Latest assessment of each unit: year, set, criteria met.
const latest = new Map<UnitRow, { year: number; set: string; met: number }>();
{
  const groups = new Map<string, { unit: UnitRow; year: number; set: string; met: number }>();
  for (const r of assessmentRows) {
    const u = unitAt(r.unit, r.as_of || `${r.year}-12-31`);
    if (!u) continue;
    const key = `${u.code}|${u.valid_from}|${r.year}|${r.set}`;
    const g = groups.get(key) ?? { unit: u, year: Number(r.year), set: r.set, met: 0 };
    if (r.met === '1') g.met += 1;
    groups.set(key, g);
  }
  for (const g of groups.values()) {
    const seen = latest.get(g.unit);
    if (!seen || g.year > seen.year) latest.set(g.unit, g);
  }
}

const get = async (path: string) => {
  const r = await fetch(new URL(path.replace(/^\//, ''), siteUrl()));
  return { status: r.status, html: await r.text() };
};

describe('every unit in the data', () => {
  it('has its own page', async () => {
    expect(units.length).toBeGreaterThan(0);
    const missing: string[] = [];
    for (const u of units) if ((await get(pathOf(u))).status !== 200) missing.push(`${u.code} ${u.name} ${pathOf(u)}`);
    expect(missing).toEqual([]);
  });

  it('shows, on each commune page, the criteria count its assessment rows give', async () => {
    const wrong: string[] = [];
    for (const [u, a] of latest) {
      const total = criteria.filter((c) => c.set === a.set).length;
      const { html } = await get(pathOf(u));
      const m = /id="tieu-chi">[^<]*?(\d{4})<\/h2><p class="stat">(\d+)\/(\d+) tiêu chí/u.exec(html);
      const shown = m ? `${m[1]} ${m[2]}/${m[3]}` : 'none';
      if (shown !== `${a.year} ${a.met}/${total}`) wrong.push(`${pathOf(u)}: shows ${shown}, data ${a.year} ${a.met}/${total}`);
    }
    expect(latest.size).toBeGreaterThan(100);
    expect(wrong).toEqual([]);
  });

  it('links merged units both ways: the old page to the new, the new to the old', async () => {
    const broken: string[] = [];
    for (const e of lineage) {
      const from = unitAt(e.old_code, dayBefore(e.date));
      const to = unitAt(e.new_code, e.date);
      if (!from || !to) continue;
      if (!(await get(pathOf(from))).html.includes(`href="${pathOf(to)}"`)) broken.push(`${pathOf(from)} → ${pathOf(to)}`);
      if (!(await get(pathOf(to))).html.includes(`href="${pathOf(from)}"`)) broken.push(`${pathOf(to)} ← ${pathOf(from)}`);
    }
    expect(lineage.length).toBeGreaterThan(0);
    expect(broken).toEqual([]);
  });
});

describe('a commune page', () => {
  const { open } = useBrowser();
  // A former commune with a real recognition and a successor: the richest page in the demo.
  const recognitions = filesIn('recognitions').flatMap((f) => csv<{ unit: string; year: string; decision_date: string }>(`recognitions/${f}`));
  const rec = recognitions[0]!;
  const commune = unitAt(rec.unit, rec.decision_date || `${rec.year}-12-31`)!;

  it('shows the level with its decision, the count, what is missing, the comparison and the history', async () => {
    const page = await open(pathOf(commune));
    const main = await page.locator('main').innerText();
    expect(main).toContain('Quyết định công nhận');
    expect(main).toMatch(new RegExp(`năm ${rec.year}`));
    const a = latest.get(commune)!;
    const total = criteria.filter((c) => c.set === a.set).length;
    expect(await page.locator('#tieu-chi + p.stat').innerText()).toContain(`${a.met}/${total} tiêu chí`);
    expect(await page.locator('#criteria-grid tbody tr').count()).toBe(total);
    expect(main).toContain('Tiêu chí chưa đạt');
    expect(await page.locator('.comparisons li').count()).toBeGreaterThan(0);
    // The chart and its table carry the same numbers.
    const chartLabels = await page.locator('.history-chart .bar-label').allTextContents();
    const tableCounts = (await page.locator('#score-history tbody td.num').allTextContents()).map((s) => s.replace(' tiêu chí', ''));
    expect(chartLabels).toEqual(tableCounts);
    expect(main).toContain('Dữ liệu minh họa');
  });

  it('marks a merged commune and links to the commune it became, which lists it', async () => {
    expect(commune.valid_to).toBeTruthy();
    const page = await open(pathOf(commune));
    expect(await page.locator('main .notice').first().innerText()).toContain('Đã sáp nhập');
    const next = lineage.find((e) => e.old_code === commune.code)!;
    const successor = unitAt(next.new_code, next.date)!;
    await page.locator(`main .notice a[href="${pathOf(successor)}"]`).click();
    await page.waitForURL(`**${pathOf(successor)}`);
    expect(await page.locator(`main a[href="${pathOf(commune)}"]`).count()).toBeGreaterThan(0);
  });

  it('is found by its name typed without diacritics from the localities page', async () => {
    // A name with tone marks and Đ, typed without either ("Đông Hà" → "dong ha").
    const current = units.find((u) => u.level === 'commune' && !u.valid_to && /[àáảãạăâèéêìíòóôơùúưỳý]/iu.test(u.name) && /[đĐ]/u.test(u.name))!;
    const plain = foldVietnamese(current.name);
    const page = await open('/dia-phuong/');
    await page.locator('#unit-q').fill(plain);
    await page.locator('#unit-q').press('Enter');
    await page.waitForURL('**/tim-kiem/**');
    await page.locator(`.search-result a[href="${pathOf(current)}"]`).first().waitFor();
  });
});

describe('old links to unit pages', () => {
  const { visit } = useBrowser();
  const renamed = units.find((u) => u.level === 'commune' && !u.valid_to)!;

  it('follow the unit when its name, and so its address, has changed', async () => {
    const old = pathOf(renamed).replace(/\/$/, '-ten-cu/');
    const v = await visit(old);
    await v.page.waitForURL(`**${pathOf(renamed)}`);
    expect(await v.page.locator('h1').innerText()).toContain(renamed.name);
  });

  it('have a short form by code that redirects to the page', async () => {
    const v = await visit(`/dia-phuong/${renamed.code}/`);
    await v.page.waitForURL(`**${pathOf(renamed)}`);
    expect(v.problems).toEqual([]);
  });
});
