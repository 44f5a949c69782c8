import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import Papa from 'papaparse';
import { formatIssue } from '../../src/lib/validate/issue.ts';
import { validateDataset } from '../../src/lib/validate/validate-dataset.ts';
import { fixture } from '../derive-units/test-fixture.ts';
import { loadSources } from '../derive-units.ts';
import { readSets } from '../generate-demo-assessments.ts';
import { generateDataset, type Dataset, type DatasetInputs } from './dataset.ts';
import { LAST_DAY } from './directives.ts';
import { copiedFiles, writeDataset } from './inputs.ts';
import type { Sizes } from './scale.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SHARED = join(ROOT, '..', 'shared', 'data', 'admin-units');
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Writes the dataset to a fresh folder and runs the portal's own validation on it (dates bounded by the generator's last day). */
const validate = (ds: Dataset): string[] => {
  const dir = mkdtempSync(join(tmpdir(), 'ntm-bench-test-'));
  dirs.push(dir);
  writeDataset(dir, ds.files);
  return validateDataset(dir, LAST_DAY).issues.map(formatIssue);
};

const front = (text: string): Record<string, unknown> => parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(text)![1]!) as Record<string, unknown>;
const entries = (ds: Dataset, folder: string) => [...ds.files].filter(([p]) => p.startsWith(`content/${folder}/`));
const rows = (text: string) => Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;

describe('generateDataset on the derive-units fixture (Vĩnh Long + Trà Vinh, Quảng Ngãi + Kon Tum)', () => {
  const inputs: DatasetInputs = { sources: fixture(), sets: readSets(join(ROOT, 'data')), copied: copiedFiles(ROOT, []) };
  const sizes: Sizes = { provinces: ['86', '51'], directives: 40, news: 12, campaigns: 2, seed: 7 };
  const ds = generateDataset(inputs, sizes);

  it('passes the portal’s own validation', () => {
    expect(validate(ds)).toEqual([]);
  });

  it('is the same for the same seed and sizes, and differs for another seed', () => {
    const again = generateDataset({ ...inputs, sources: fixture() }, sizes);
    expect([...again.files]).toEqual([...ds.files]);
    const other = generateDataset({ ...inputs, sources: fixture() }, { ...sizes, seed: 8 });
    expect([...other.files.keys()].filter((p) => p.startsWith('content/')).sort()).not.toEqual([...ds.files.keys()].filter((p) => p.startsWith('content/')).sort());
  });

  it('writes as many entries as asked, all marked illustrative', () => {
    expect(ds.counts).toMatchObject({ directives: 40, news: 12, campaigns: 2 });
    const directives = entries(ds, 'directives');
    expect(directives).toHaveLength(40);
    for (const [, text] of directives) expect(front(text)['illustrative']).toBe(1);
    for (const [, text] of entries(ds, 'news')) expect(String(front(text)['source_name'])).toContain('minh họa');
    for (const [, text] of entries(ds, 'campaigns')) expect(String(front(text)['name'])).toMatch(/\(minh họa\)$/);
    for (const [path, text] of ds.files) if (/^data\/(assessments|recognitions|figures|disbursements)\//.test(path)) for (const r of rows(text)) expect(r['illustrative'], path).toBe('1');
  });

  it('assesses 2021–2025 against the 19 criteria of QĐ 318 and 2026 against the 10 of QĐ 51/2025', () => {
    const sets = new Map<string, Set<string>>();
    for (const [path, text] of ds.files) {
      if (!path.startsWith('data/assessments/')) continue;
      for (const r of rows(text)) {
        const key = `${r['year']} ${r['set']}`;
        sets.set(key, (sets.get(key) ?? new Set()).add(r['criterion']!));
      }
    }
    expect([...sets].map(([k, c]) => `${k} ${c.size}`).sort()).toEqual([
      '2021 qd-318-2022 19',
      '2022 qd-318-2022 19',
      '2023 qd-318-2022 19',
      '2024 qd-318-2022 19',
      '2025 qd-318-2022 19',
      '2026 qd-51-2025 10',
    ]);
  });

  it('cites earlier documents of the dataset by number, date and issuer', () => {
    const held = new Map(entries(ds, 'directives').map(([, t]) => front(t)).map((d) => [`${d['number']}|${d['date']}|${d['issuer']}`, d['date'] as string]));
    const cites = entries(ds, 'directives').flatMap(([, t]) => {
      const d = front(t);
      return (d['cites'] as { number: string; date: string; issuer: string }[]).map((c) => ({ ...c, citing: d['date'] as string }));
    });
    expect(cites.length).toBeGreaterThan(0);
    for (const c of cites) {
      expect(held.has(`${c.number}|${c.date}|${c.issuer}`), c.number).toBe(true);
      expect(c.date < c.citing).toBe(true);
    }
  });
});

describe.skipIf(!existsSync(SHARED))('generateDataset on the reference units (Lai Châu)', () => {
  it('passes the portal’s own validation, with real old and current communes', () => {
    const ds = generateDataset({ sources: loadSources(SHARED), sets: readSets(join(ROOT, 'data')), copied: copiedFiles(ROOT, ['12-lai-chau']) }, { provinces: ['12'], directives: 120, news: 30, campaigns: 3, seed: 1 });
    expect(ds.counts.oldCommunes).toBeGreaterThan(100);
    expect(ds.counts.currentCommunes).toBe(38);
    expect(validate(ds)).toEqual([]);
  });
});
