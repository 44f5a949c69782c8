/**
 * The open data against the data files: each dataset's CSV and JSON downloads parse back (papaparse)
 * to exactly the rows of its files; each province's and district's files hold exactly the rows of the
 * units in it, recomputed here from the data; the catalogue is DCAT with working downloads; the page
 * documents every column, the licence, the last change and how to cite.
 */
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { siteUrl, useBrowser } from './support/browser.ts';
import { DATASET_FILES, chainOf, csv, idOf, resolve, units, type Row } from './support/results-data.ts';
import { DATASETS } from '../src/schemas/datasets.ts';

/** Fetches a file of the built site whole; a connection dropped by a loaded machine is tried once more. */
const get = async (path: string): Promise<{ status: number; headers: Headers; text: () => Promise<string>; json: () => Promise<unknown> }> => {
  const url = new URL(path.replace(/^\//, ''), siteUrl());
  const once = async () => {
    const r = await fetch(url);
    return { status: r.status, headers: r.headers, body: await r.text() };
  };
  const r = await once().catch(once);
  expect(r.status, path).toBe(200);
  return { status: r.status, headers: r.headers, text: async () => r.body, json: async () => JSON.parse(r.body) as unknown };
};
const parse = (text: string) => Papa.parse<Row>(text, { header: true, skipEmptyLines: true });
const columnsOf = (key: string) => Object.keys(DATASETS.find((d) => d.key === key)!.columns);
/** Rows of a file with every column of its dataset (an optional column left out of a file reads as blank). */
const idOrNone = (u: ReturnType<typeof resolve>) => (u ? idOf(u) : '');
const rowsOf = (key: string, files: string[]) => files.flatMap((f) => csv(f)).map((r) => Object.fromEntries(columnsOf(key).map((c) => [c, r[c] ?? ''])));

describe('whole datasets', () => {
  it.each(Object.entries(DATASET_FILES))('%s: the CSV and the JSON are the rows of its files, exactly', async (key, { slug, files }) => {
    const want = rowsOf(key, files);
    const csvText = await (await get(`/du-lieu/tai-ve/${slug}.csv`)).text();
    expect(csvText.charCodeAt(0), 'no byte-order mark').not.toBe(0xfeff);
    expect(csvText).not.toContain('\r\n');
    const parsed = parse(csvText);
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual(columnsOf(key));
    expect(parsed.data).toEqual(want);
    const json = (await (await get(`/du-lieu/tai-ve/${slug}.json`)).json()) as Row[];
    expect(json).toEqual(want);
  });

  it('covers every dataset of the schemas', () => {
    expect(Object.keys(DATASET_FILES).sort()).toEqual(DATASETS.map((d) => d.key).sort());
  });
});

describe('per-scope files', () => {
  const { open } = useBrowser();

  it('hold, for each province and district, exactly the rows of the units in it', { timeout: 120_000 }, async () => {
    const page = await open('/du-lieu/');
    const links = await page.locator('#scope-downloads tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({
        scope: (tr as HTMLElement).dataset.scope!,
        files: [...tr.querySelectorAll('a[data-dataset]')].map((a) => ({ dataset: (a as HTMLElement).dataset.dataset!, href: (a as HTMLAnchorElement).href })),
      })),
    );
    await page.context().close();
    expect(links.length).toBeGreaterThan(10);
    // Every row once, with the id of the unit it is about (resolved at the row's own date).
    const all = {
      units: rowsOf('units', DATASET_FILES.units!.files).map((r) => ({ r, unit: `${r.code}:${r.valid_from || '-'}` })),
      assessments: rowsOf('assessments', DATASET_FILES.assessments!.files).map((r) => ({ r, unit: idOrNone(resolve(r.unit!, r.as_of || `${r.year}-12-31`)) })),
      recognitions: rowsOf('recognitions', DATASET_FILES.recognitions!.files).map((r) => ({ r, unit: idOrNone(resolve(r.unit!, r.decision_date || `${r.year}-12-31`)) })),
    };
    const scopesOf = new Map(units.map((u) => [idOf(u), new Set([...chainOf(u), idOf(u)])]));
    let withRecognitions = 0;
    for (const { scope, files } of links) {
      const inScope = (unit: string) => !!scopesOf.get(unit)?.has(scope);
      const want: Record<string, Row[]> = Object.fromEntries(Object.entries(all).map(([k, list]) => [k, list.filter((x) => inScope(x.unit)).map((x) => x.r)]));
      expect(want.units!.length, scope).toBeGreaterThan(0);
      if (want.recognitions!.length) withRecognitions++;
      expect(files.map((f) => f.dataset).sort(), scope).toEqual(Object.keys(want).sort());
      for (const f of files) {
        const parsed = parse(await (await get(new URL(f.href).pathname)).text());
        expect(parsed.meta.fields, `${scope} ${f.dataset}`).toEqual(columnsOf(f.dataset));
        expect(parsed.data, `${scope} ${f.dataset}`).toEqual(want[f.dataset]);
      }
    }
    // The recognitions of Trà Cú reach its district, its former and current province: not only empty files are checked.
    expect(withRecognitions).toBeGreaterThanOrEqual(3);
  });
});

describe('catalogue', () => {
  interface Distribution {
    '@type': string;
    downloadURL: string;
    mediaType: string;
    license: string;
  }
  interface Dataset {
    '@type': string;
    identifier: string;
    title: string;
    description: string;
    license: string;
    modified?: string;
    publisher: { name: string };
    spatial: { prefLabel: string }[];
    distribution: Distribution[];
    columns?: { name: string }[];
  }

  it('is a DCAT catalogue of every dataset, with licence, publisher, places, last change and downloads that exist', { timeout: 120_000 }, async () => {
    const r = await get('/du-lieu/catalog.json');
    const catalog = (await r.json()) as { '@context': Record<string, unknown>; '@type': string; license: string; dataset: Dataset[] };
    expect(catalog['@type']).toBe('dcat:Catalog');
    expect(catalog['@context'].dcat).toBe('http://www.w3.org/ns/dcat#');
    expect(catalog.license).toBe('https://creativecommons.org/licenses/by/4.0/');
    expect(catalog.dataset.map((d) => d.identifier).sort()).toEqual([...DATASETS.map((d) => d.key), 'van-ban'].sort());
    for (const d of catalog.dataset) {
      expect(d['@type'], d.identifier).toBe('dcat:Dataset');
      expect(d.title.length && d.description.length, d.identifier).toBeTruthy();
      expect(d.license, d.identifier).toBe(catalog.license);
      expect(d.publisher.name, d.identifier).toBe('Minh bạch Nông thôn mới');
      expect(d.spatial.length, d.identifier).toBeGreaterThan(0);
      if (d.modified !== undefined) expect(d.modified, d.identifier).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(d.distribution.length, d.identifier).toBeGreaterThan(1);
      for (const f of d.distribution) {
        expect(f['@type']).toBe('dcat:Distribution');
        const response = await get(new URL(f.downloadURL).pathname);
        expect(response.headers.get('content-type'), f.downloadURL).toContain(f.mediaType);
      }
      const def = DATASETS.find((x) => x.key === d.identifier);
      if (def) expect(d.columns!.map((c) => c.name), d.identifier).toEqual(Object.keys(def.columns));
    }
    // Datasets with dates say when they last changed.
    expect(catalog.dataset.find((d) => d.identifier === 'assessments')!.modified).toBeDefined();
  });
});

describe('/du-lieu/', () => {
  const { open } = useBrowser();

  it('explains every column, gives the licence, the last change and a citation for each dataset', async () => {
    const page = await open('/du-lieu/');
    for (const d of DATASETS) {
      const section = page.locator(`section[data-dataset="${d.key}"]`);
      expect(await section.count(), d.key).toBe(1);
      const names = await section.locator(`#columns-${d.key} tbody th code`).allTextContents();
      expect(names, d.key).toEqual(Object.keys(d.columns));
      const cells = await section.locator(`#columns-${d.key} tbody td`).allTextContents();
      for (const c of cells) expect(c.trim().length, d.key).toBeGreaterThan(0);
      const text = await section.innerText();
      expect(text, d.key).toMatch(/Trích dẫn[\s\S]*giấy phép CC BY 4\.0/);
      expect(text, d.key).toContain(`/du-lieu/tai-ve/${DATASET_FILES[d.key]!.slug}.csv`);
    }
    const modified = await page.locator('section[data-dataset="assessments"] [data-modified]').innerText();
    expect(modified).toMatch(/^\d{2}\/\d{2}\/\d{4} /);
    const licence = page.locator('section[aria-labelledby="giay-phep"] a[rel="license"]');
    expect(await licence.getAttribute('href')).toContain('creativecommons.org/licenses/by/4.0');
    expect(await page.locator('section[aria-labelledby="giay-phep"] a[data-catalog]').getAttribute('href')).toMatch(/\/du-lieu\/catalog\.json$/);
    await page.context().close();
  });
});
