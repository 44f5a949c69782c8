/**
 * The results dashboards against the data files. Every computed figure of every scope and year is
 * recomputed here from the CSV files (tests/support/results-data.ts, independent of the site's code)
 * and compared with the page; every reported figure, target and disbursement shows with its source,
 * and a source on the portal exists; reported figures beside computed ones show the right difference.
 * In Chromium: charts are drawn only when scrolled near, from the same numbers as their tables, the
 * pages read without JavaScript, the scope picker goes where it says; the JavaScript shipped is logged.
 */
import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { siteUrl, useBrowser } from './support/browser.ts';
import {
  assessmentRows,
  disbursementRows,
  expectedFigures,
  figureRows,
  idOf,
  periodEnd,
  scopeKeyOf,
  setOn,
  unitById,
  units,
  viNumber,
  type Expected,
  type UnitRow,
} from './support/results-data.ts';
import { unitPath } from '../src/lib/units/unit-path.ts';
import { formatNumber } from '../src/lib/format/number.ts';

const expected = expectedFigures();

/** The results page of a scope key (VN or a unit id), for a year or its latest. */
const pathOf = (key: string, year?: number): string => {
  const y = year === undefined ? '' : `nam-${year}/`;
  if (key === 'VN') return `/ket-qua/${y}`;
  const u = unitById(key)!;
  const slug = unitPath({ code: u.code, name: u.name, kind: u.kind, ...(u.valid_to ? { valid_to: u.valid_to } : {}) }).slice('/dia-phuong/'.length);
  return `/ket-qua/${slug}${y}`;
};

/** A page of the built site; a connection dropped by a loaded machine is tried once more. */
const fetchText = async (path: string) => {
  const once = async () => {
    const r = await fetch(new URL(path.replace(/^\//, ''), siteUrl()));
    return { status: r.status, text: await r.text() };
  };
  return once().catch(once);
};

const attrs = (tag: string): Record<string, string> => Object.fromEntries([...tag.matchAll(/([\w-]+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
/** The <data> elements of a page by data-figure: value, of, text. */
const figuresOn = (html: string) =>
  new Map(
    [...html.matchAll(/<data\b([^>]*)>([^<]*)<\/data>/g)]
      .map((m) => ({ a: attrs(m[1]!), text: m[2]! }))
      .filter((d) => d.a['data-figure'])
      .map((d) => [d.a['data-figure']!, { value: Number(d.a.value), of: d.a['data-of'] === undefined ? undefined : Number(d.a['data-of']), text: d.text }]),
  );
const between = (html: string, start: string, end = '</table>') => {
  const i = html.indexOf(start);
  return i < 0 ? '' : html.slice(i, html.indexOf(end, i));
};

// Scopes: every enclosing unit of an assessed commune, and every unit with a figure or disbursement.
const reported = figureRows.filter((f) => f.kind === 'reported' && f.value !== '');
const yearsOf = new Map<string, Set<number>>();
const addYear = (key: string | undefined, year: number) => key && yearsOf.set(key, (yearsOf.get(key) ?? new Set()).add(year));
for (const [key, byYear] of expected) for (const y of byYear.keys()) addYear(key, y);
for (const f of reported) addYear(scopeKeyOf(f.scope!, periodEnd(f.period!)), Number(f.period!.slice(0, 4)));
for (const d of disbursementRows) addYear(scopeKeyOf(d.scope!, `${d.year}-12-31`), Number(d.year));
const scopeKeys = new Set<string>(['VN', ...yearsOf.keys(), ...figureRows.map((f) => scopeKeyOf(f.scope!, periodEnd(f.period!))!)]);

describe('scopes and pages', () => {
  it('lists exactly the scopes the data gives, each with its years', async () => {
    const list = (await (await fetch(new URL('ket-qua/pham-vi.json', siteUrl()))).json()) as { key: string; path: string; years: [number, string][] }[];
    expect(new Set(list.map((s) => s.key))).toEqual(scopeKeys);
    for (const s of list) {
      expect(s.years.map(([y]) => y), s.key).toEqual([...(yearsOf.get(s.key) ?? [])].sort());
      expect(new URL(s.path, 'http://x').pathname, s.key).toBe(pathOf(s.key));
    }
  });

  it('has a page for each scope and year, and the scope’s page shows its latest year', async () => {
    const missing: string[] = [];
    for (const key of scopeKeys) {
      const years = [...(yearsOf.get(key) ?? [])].sort();
      for (const y of years) if ((await fetchText(pathOf(key, y))).status !== 200) missing.push(pathOf(key, y));
      const root = await fetchText(pathOf(key));
      expect(root.status, pathOf(key)).toBe(200);
      if (years.length) expect(root.text, pathOf(key)).toContain(`data-year="${years.at(-1)}"`);
    }
    expect(missing).toEqual([]);
  });

  it('is linked from the locality page of each scope; a commune, with no results page, links to none of its own', async () => {
    const localityOf = (u: UnitRow) => unitPath({ code: u.code, name: u.name, kind: u.kind, ...(u.valid_to ? { valid_to: u.valid_to } : {}) });
    for (const key of scopeKeys) {
      if (key === 'VN') continue;
      expect((await fetchText(localityOf(unitById(key)!))).text, key).toContain(`href="${pathOf(key)}"`);
    }
    const commune = units.find((u) => u.level === 'commune' && !scopeKeys.has(idOf(u)))!;
    const page = await fetchText(localityOf(commune));
    expect(page.status).toBe(200);
    expect(page.text).not.toContain(`href="/ket-qua${localityOf(commune).slice('/dia-phuong'.length)}"`);
  });
});

describe('computed figures', () => {
  const pages = [...expected].flatMap(([key, byYear]) => [...byYear].map(([year, e]) => ({ key, year, e })));

  it('covers the demo scopes: the nation, current and former provinces, former districts', () => {
    const levels = new Set(pages.map((p) => (p.key === 'VN' ? 'nation' : `${unitById(p.key)!.level}${unitById(p.key)!.valid_to ? ' (former)' : ''}`)));
    expect(levels).toEqual(new Set(['nation', 'province', 'province (former)', 'district (former)']));
  });

  it('shows on every page the figures recomputed from the CSV files', async () => {
    const wrong: string[] = [];
    const check = (page: string, name: string, shown: unknown, want: unknown) => {
      const same = typeof want === 'number' && typeof shown === 'number' ? Math.abs(shown - want) < 1e-9 : shown === want;
      if (!same) wrong.push(`${page} ${name}: page ${String(shown)}, data ${String(want)}`);
    };
    for (const { key, year, e } of pages) {
      const page = pathOf(key, year);
      const { text } = await fetchText(page);
      const f = figuresOn(text);
      const at = (k: string) => f.get(k);
      const recognised = e.levels[0]![1];
      check(page, 'assessed', at('assessed')?.value, e.assessed);
      check(page, 'communes', at('assessed')?.of, e.communes);
      check(page, 'recognised', at('recognised')?.value, recognised);
      check(page, 'recognised of', at('recognised')?.of, e.communes);
      check(page, 'recognised share', at('recognised-share')?.value, (100 * recognised) / e.communes);
      for (const [level, count] of e.levels.slice(1)) {
        check(page, level, at(`level-${level}`)?.value, count);
        check(page, `${level} share`, at(`level-${level}-share`)?.value, recognised ? (100 * count) / recognised : undefined);
      }
      check(page, 'complete', at('complete')?.value, e.complete);
      check(page, 'complete of', at('complete')?.of, e.assessed);
      check(page, 'complete share', at('complete-share')?.value, (100 * e.complete) / e.assessed);
      check(page, 'complete not recognised', at('complete-not-recognised')?.value, e.completeNotRecognised);
      check(page, 'average', at('average')?.value, e.average);
      check(page, 'criteria in set', at('average')?.of, e.total);
      // What a reader sees, in Vietnamese number form.
      check(page, 'complete text', at('complete')?.text, `${formatNumber(e.complete)}/${formatNumber(e.assessed)} xã`);
      check(page, 'average text', at('average')?.text, `${formatNumber(e.average!, { decimals: 1 })}/${e.total} tiêu chí`);
      const distribution = [...between(text, 'id="distribution-table"').matchAll(/<tr data-from="(\d+)" data-to="(\d+)">[\s\S]*?data-value="(\d+)"/g)].map((m) => ({
        from: Number(m[1]),
        to: Number(m[2]),
        count: Number(m[3]),
      }));
      check(page, 'distribution', JSON.stringify(distribution), JSON.stringify(e.distribution));
    }
    expect(pages.length).toBeGreaterThan(50);
    expect(wrong).toEqual([]);
  });

  it('counts bands from the size of the set in force: 19 criteria until 2025, 10 from 2026', () => {
    const nation = expected.get('VN')!;
    expect(nation.get(2024)!.distribution.map((b) => `${b.from}–${b.to}`)).toEqual(['19–19', '15–18', '10–14', '5–9', '0–4']);
    expect(nation.get(2026)!.distribution.map((b) => `${b.from}–${b.to}`)).toEqual(['10–10', '9–9', '6–8', '3–5', '0–2']);
  });
});

describe('reported figures, targets and disbursements', () => {
  const { open } = useBrowser();

  /** Checks a source link: an outside address as written, or a portal page that exists. */
  const checkSource = async (href: string | null, source: string, where: string) => {
    expect(href, where).toBeTruthy();
    if (/^https?:/.test(source)) expect(href, where).toBe(source);
    else {
      expect(new URL(href!, 'http://x').pathname, where).toBe(`/${source}/`);
      expect((await fetchText(href!)).status, `${where}: ${href}`).toBe(200);
    }
  };

  it('shows every reported figure on its scope’s page for its year, with its value and source', async () => {
    expect(reported.length).toBeGreaterThan(10);
    const byPage = new Map<string, typeof reported>();
    for (const f of reported) {
      const page = pathOf(scopeKeyOf(f.scope!, periodEnd(f.period!))!, Number(f.period!.slice(0, 4)));
      byPage.set(page, [...(byPage.get(page) ?? []), f]);
    }
    for (const [path, rows] of byPage) {
      const page = await open(path);
      for (const f of rows) {
        const card = page.locator(`[data-reported="${f.indicator}"][data-period="${f.period}"]`);
        expect(await card.count(), `${path} ${f.indicator}`).toBe(1);
        expect(Number(await card.locator('data.figure-value').getAttribute('value')), `${path} ${f.indicator}`).toBe(Number(f.value));
        await checkSource(await card.locator('[data-source] a').getAttribute('href'), f.source!, `${path} ${f.indicator}`);
      }
      await page.context().close();
    }
  });

  it('shows every target on its scope’s page with its source, and its actual where one is reported', async () => {
    const targets = figureRows.filter((f) => f.kind === 'target');
    expect(targets.length).toBeGreaterThan(0);
    for (const f of targets) {
      const path = pathOf(scopeKeyOf(f.scope!, periodEnd(f.period!))!);
      const { text } = await fetchText(path);
      const row = between(text, `<tr data-target data-indicator="${f.indicator}" data-period="${f.period}"`, '</tr>');
      expect(row, `${path} ${f.indicator} ${f.period}`).not.toBe('');
      expect(row).toContain(`data-value="${Number(f.target)}"`);
      const href = /<a href="([^"]+)"/.exec(row)?.[1] ?? null;
      await checkSource(href, f.source!, `${path} ${f.indicator}`);
    }
    // The 2025 share target of QĐ 263 is measured by the June 2025 report: 79,3% of 80%.
    const { text } = await fetchText('/ket-qua/');
    const row = between(text, '<tr data-target data-indicator="ty-le-xa-dat-chuan" data-period="2025"', '</tr>');
    const actual = figureRows.find((f) => f.scope === 'VN' && f.indicator === 'ty-le-xa-dat-chuan' && f.kind === 'reported')!;
    const goal = figureRows.find((f) => f.scope === 'VN' && f.indicator === 'ty-le-xa-dat-chuan' && f.period === '2025' && f.kind === 'target')!;
    expect(row).toContain(`data-value="${(100 * Number(actual.value)) / Number(goal.target)}"`);
    expect(/data-source="actual">[^<]*<a href="([^"]+)"/.exec(row)?.[1]).toBe(actual.source);
  });

  it('shows every disbursement with plan, amount disbursed and source', async () => {
    expect(disbursementRows.length).toBeGreaterThan(0);
    for (const d of disbursementRows) {
      const path = pathOf(scopeKeyOf(d.scope!, `${d.year}-12-31`)!, Number(d.year));
      const { text } = await fetchText(path);
      const table = between(text, 'id="disbursement-table"');
      expect(table, path).toContain(`data-value="${Number(d.plan)}"`);
      expect(table, path).toContain(`data-value="${Number(d.disbursed)}"`);
      await checkSource(/<a href="([^"]+)"/.exec(between(table, '<tbody'))?.[1] ?? null, d.source!, path);
    }
  });
});

describe('reported beside computed', () => {
  // The computed counterpart of each reported indicator, from the recomputed figures.
  const counterpart = (indicator: string, e: Expected): number | undefined => {
    const level = (key: string) => e.levels.find(([l]) => l === key)?.[1];
    const first = e.levels[0]![1];
    const m = /^(?:ty-le-)?xa-(dat-chuan|nang-cao|kieu-mau|hien-dai)$/.exec(indicator);
    if (indicator === 'xa-dat-du-tieu-chi') return e.complete;
    if (indicator === 'tieu-chi-binh-quan') return e.average;
    if (indicator === 'xa-du-tieu-chi-chua-cong-nhan') return e.completeNotRecognised;
    if (!m) return undefined;
    const count = level(m[1]!);
    if (count === undefined) return undefined;
    if (!indicator.startsWith('ty-le-')) return count;
    return m[1] === 'dat-chuan' ? (100 * count) / e.communes : first ? (100 * count) / first : undefined;
  };

  it('pairs each report with the data of the latest day before it, under the same set, and gives the difference', async () => {
    let pairs = 0;
    for (const f of reported) {
      const key = scopeKeyOf(f.scope!, periodEnd(f.period!))!;
      const end = periodEnd(f.period!);
      const byYear = expected.get(key);
      const year = [...(byYear?.keys() ?? [])].filter((y) => `${y}-12-31` <= end && byYear!.get(y)!.set === setOn(end)).sort().at(-1);
      const want = key === 'VN' || year === undefined ? undefined : counterpart(f.indicator!, byYear!.get(year)!);
      const { text } = await fetchText(pathOf(key, Number(f.period!.slice(0, 4))));
      const row = between(text, `<tr data-comparison data-indicator="${f.indicator}" data-period="${f.period}"`, '</tr>');
      if (want === undefined) {
        expect(row.includes('data-as-of'), `${key} ${f.indicator} ${f.period} has no counterpart`).toBe(false);
        continue;
      }
      pairs++;
      const values = [...row.matchAll(/data-value="([^"]+)"/g)].map((m) => Number(m[1]));
      expect(row, `${key} ${f.indicator}`).toContain(`data-as-of="${year}-12-31"`);
      expect(values[0]).toBe(Number(f.value));
      expect(values[1]).toBeCloseTo(want, 9);
      expect(values[2]).toBeCloseTo(Number(f.value) - want, 9);
    }
    expect(pairs).toBeGreaterThan(3);
  });

  it('puts Kon Tum’s 42 communes meeting every criterion (January 2023) beside the data at 31/12/2022', async () => {
    const { text } = await fetchText(pathOf(scopeKeyOf('62', '2023-01-31')!, 2023));
    const row = between(text, '<tr data-comparison data-indicator="xa-dat-du-tieu-chi" data-period="2023-01"', '</tr>');
    expect(row).toContain('data-as-of="2022-12-31"');
    expect(row).toContain('42/85');
  });

  it('does not pair national reports with the partial national data', async () => {
    const { text } = await fetchText('/ket-qua/nam-2025/');
    expect(text).not.toContain('id="comparison"');
    expect(text).toContain('data-coverage');
  });
});

describe('charts', () => {
  const { open } = useBrowser();
  const CHART_MARK = 'maintainAspectRatio';

  /** Every chart figure scrolled into view: its canvas appears and holds its table's numbers. */
  const checkCharts = async (path: string) => {
    const page = await open(path);
    // Each script with the phase it was requested in (taken when the response arrives, before its body is read).
    let phase: 'load' | 'scroll' = 'load';
    const scripts: { phase: string; url: string; body: Promise<string> }[] = [];
    page.on('response', (r) => {
      if (r.request().resourceType() === 'script') scripts.push({ phase, url: r.url(), body: r.text().catch(() => '') });
    });
    // The page's scripts as loaded, before any scrolling: the listener is added after the first load,
    // so load again, with the cache off so that every script is fetched and counted.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await page.reload({ waitUntil: 'networkidle' });
    const initial = await Promise.all(scripts.filter((x) => x.phase === 'load').map(async (x) => ({ url: x.url, body: await x.body })));
    phase = 'scroll';
    const figures = page.locator('figure[data-chart]');
    const count = await figures.count();
    expect(count, path).toBeGreaterThan(0);
    const firstTop = await figures.first().evaluate((f) => f.getBoundingClientRect().top - innerHeight);
    expect(firstTop, `${path}: the first chart starts well below the first screen`).toBeGreaterThan(300);
    expect(await page.locator('figure[data-chart] canvas').count(), `${path}: no canvas before scrolling`).toBe(0);
    expect(initial.length, `${path}: the chart loader is loaded`).toBeGreaterThan(0);
    expect(initial.some((s) => s.body.includes(CHART_MARK)), `${path}: no chart code before scrolling`).toBe(false);

    for (let i = 0; i < count; i++) {
      const figure = figures.nth(i);
      await figure.scrollIntoViewIfNeeded();
      await expect.poll(() => figure.getAttribute('data-chart-ready'), { timeout: 10_000 }).toBe('true');
      const chart = JSON.parse((await figure.locator('canvas').getAttribute('data-chart-data'))!) as { labels: string[]; datasets: { label: string; data: (number | null)[] }[] };
      const table = await figure.locator('table').evaluate((t: HTMLTableElement) => {
        const head = [...t.tHead!.rows[0]!.cells].slice(1);
        const series = head.flatMap((th, i) => (th.hasAttribute('data-series') ? [{ i, label: (th as HTMLElement).dataset.label! }] : []));
        const rows = [...t.tBodies[0]!.rows].map((tr) => {
          const [th, ...cells] = [...tr.cells];
          return { label: th!.dataset.label ?? th!.textContent!.trim(), cells: series.map((s) => ({ value: cells[s.i]!.dataset.value, text: cells[s.i]!.textContent!.trim() })) };
        });
        return { series: series.map((s) => s.label), rows: rows.filter((r) => r.cells.some((c) => c.value !== undefined && c.value !== '')) };
      });
      const where = `${path} #${await figure.getAttribute('id')}`;
      expect(chart.labels, where).toEqual(table.rows.map((r) => r.label));
      expect(chart.datasets.map((d) => d.label), where).toEqual(table.series);
      chart.datasets.forEach((d, s) => {
        table.rows.forEach((r, j) => {
          const cell = r.cells[s]!;
          expect(d.data[j], `${where} ${r.label}`).toBe(cell.value ? Number(cell.value) : null);
          // The text a reader sees is the same number, rounded as shown.
          // "19/19 tiêu chí" shows 19: the number before a slash.
          if (cell.value) expect(Math.abs(viNumber(cell.text.split('/')[0]!) - Number(cell.value)), `${where} ${r.label}: ${cell.text}`).toBeLessThan(0.051);
        });
      });
    }
    const later = await Promise.all(scripts.filter((x) => x.phase === 'scroll').map(async (x) => ({ url: x.url, body: await x.body })));
    expect(later.some((s) => s.body.includes(CHART_MARK)), `${path}: chart code loaded once charts are near`).toBe(true);
    await page.context().close();
    return { initial, later };
  };

  it('draws each chart only when scrolled near, from the same numbers as its table; reports the JavaScript size', async () => {
    const tracu = await checkCharts(pathOf(scopeKeyOf('849', '2023-12-31')!, 2023));
    await checkCharts('/ket-qua/');
    const size = (list: { body: string }[]) => ({
      files: list.length,
      bytes: list.reduce((n, s) => n + Buffer.byteLength(s.body), 0),
      gzip: list.reduce((n, s) => n + gzipSync(s.body, { level: 9 }).length, 0),
    });
    const before = size(tracu.initial);
    const charts = size(tracu.later);
    console.log(
      `results page JavaScript: ${before.files} files, ${before.bytes} B (${before.gzip} B gzip) on load; ` +
        `chart code fetched on scroll: ${charts.files} files, ${charts.bytes} B (${charts.gzip} B gzip)`,
    );
    expect(before.gzip).toBeLessThan(5_000);
    expect(charts.gzip).toBeLessThan(60_000);
  });
});

describe('without and with JavaScript', () => {
  const { open } = useBrowser();
  const tracu = pathOf(scopeKeyOf('849', '2023-12-31')!, 2023);

  it('reads without JavaScript: tables instead of charts, year links, no picker', async () => {
    const page = await open(tracu, { javaScript: false });
    expect(await page.locator('figure[data-chart] table tbody tr').count()).toBeGreaterThan(5);
    expect(await page.locator('canvas').count()).toBe(0);
    expect(await page.locator('form[data-scope-picker]').isVisible()).toBe(false);
    await page.getByRole('navigation', { name: 'Chọn năm' }).getByRole('link', { name: '2021' }).click();
    await page.waitForURL(/nam-2021\/$/);
    expect(await page.locator('[data-year]').first().getAttribute('data-year')).toBe('2021');
    await page.context().close();
  });

  it('fits a 320 px screen without sideways scrolling (wide tables scroll in their own box)', async () => {
    const page = await open('/ket-qua/', { width: 320 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.context().close();
  });

  it('lets a reader pick a scope and year, keeping the year where the scope has it', async () => {
    const page = await open(tracu);
    const form = page.locator('form[data-scope-picker]');
    await expect.poll(() => form.isVisible()).toBe(true);
    const konTum = scopeKeyOf('62', '2022-12-31')!;
    await form.locator('select[name="pham-vi"]').selectOption(konTum);
    expect(await form.locator('select[name="nam"]').inputValue()).toBe('2023');
    await form.locator('select[name="nam"]').selectOption('2022');
    await form.getByRole('button', { name: 'Xem' }).click();
    await page.waitForURL((u) => u.pathname === pathOf(konTum, 2022));
    // A scope without the year chosen goes to its latest year.
    const nation = await open('/ket-qua/nam-2026/');
    const picker = nation.locator('form[data-scope-picker]');
    await expect.poll(() => picker.isVisible()).toBe(true);
    await picker.locator('select[name="pham-vi"]').selectOption(konTum);
    expect(await picker.locator('select[name="nam"]').inputValue()).toBe('');
    await picker.getByRole('button', { name: 'Xem' }).click();
    await nation.waitForURL((u) => u.pathname === pathOf(konTum));
    await page.context().close();
    await nation.context().close();
  });

  it('ties the numbers to the rows: a scope’s assessments download holds the rows counted', async () => {
    const page = await open(tracu);
    const href = await page.locator('a[data-download="assessments"]').getAttribute('href');
    const text = await (await fetch(new URL(href!.replace(/^\//, ''), siteUrl()))).text();
    const rows = text.trim().split('\n').slice(1).filter((l) => l.split(',')[1] === '2023');
    const district = assessmentRows.filter((r) => r.year === '2023' && scopeKeyOf(r.unit!, '2023-12-31') && unitById(scopeKeyOf(r.unit!, '2023-12-31')!)?.parent_code === '849');
    expect(rows.length).toBe(district.length);
    expect(await page.locator('[data-rows-used]').innerText()).toContain(`${formatNumber(district.length)} dòng`);
    await page.context().close();
  });
});
