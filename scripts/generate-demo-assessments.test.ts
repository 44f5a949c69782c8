import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { unitId } from '../src/lib/units/unit-index.ts';
import { assessmentRow } from '../src/schemas/assessment.ts';
import type { LineageRow } from '../src/schemas/unit.ts';
import {
  ASSESSMENT_COLUMNS,
  calibration,
  completionYears,
  criterionOrder,
  EASE,
  filesOf,
  generate,
  loadInputs,
  mergedCount,
  metCriteria,
  nextCount,
  oldCounts,
  parseArgs,
  rngFor,
  SCOPES,
  setForYear,
  toCsv,
  type CriteriaSet,
  type DemoUnit,
  type Inputs,
  type Profile,
  type Scope,
} from './generate-demo-assessments.ts';

// ---------------------------------------------------------------------------------------------------
// Fixture: old province 62 → district 601 with two xã, a phường and a thị trấn, and an out-of-scope
// province 63 with one xã. On 1/7/2025 the two xã (and the thị trấn) go into a current xã that REUSES
// code 10002; the phường goes into a current phường; 63's xã goes into a current xã of its own.
// A 3-criterion set applies to 2021–2025 and a 4-criterion set from 2026.
// ---------------------------------------------------------------------------------------------------

const OLD = { valid_to: '2025-06-30' } as const;
const NEW = { valid_from: '2025-07-01' } as const;
const unit = (code: string, kind: DemoUnit['kind'], level: DemoUnit['level'], parent: string | undefined, period: object): DemoUnit => ({
  code,
  name: `Đơn vị ${code}`,
  kind,
  level,
  parent_code: parent,
  valid_from: undefined,
  valid_to: undefined,
  source: undefined,
  folder: '51-quang-ngai',
  ...period,
});

const edge = (old_code: string, new_code: string): LineageRow => ({ old_code, new_code, date: '2025-07-01', kind: 'full', resolution: '1677/NQ-UBTVQH15' });

const SET_OLD: CriteriaSet = { set: 'test-3', appliesFrom: '2021-01-01', appliesTo: '2025-12-31', numbers: [1, 2, 3] };
const SET_NEW: CriteriaSet = { set: 'test-4', appliesFrom: '2026-01-01', appliesTo: '2030-12-31', numbers: [1, 2, 3, 4] };

const fixture = (): Inputs => ({
  units: [
    unit('62', 'tỉnh', 'province', undefined, OLD),
    unit('63', 'tỉnh', 'province', undefined, OLD),
    unit('601', 'huyện', 'district', '62', OLD),
    unit('700', 'huyện', 'district', '63', OLD),
    unit('10001', 'xã', 'commune', '601', OLD),
    unit('10002', 'xã', 'commune', '601', OLD),
    unit('10003', 'phường', 'commune', '601', OLD),
    unit('10004', 'thị trấn', 'commune', '601', OLD),
    unit('10005', 'xã', 'commune', '700', OLD),
    unit('51', 'tỉnh', 'province', undefined, NEW),
    unit('10002', 'xã', 'commune', '51', NEW),
    unit('20001', 'phường', 'commune', '51', NEW),
    unit('20002', 'xã', 'commune', '51', NEW),
  ],
  lineage: [edge('10001', '10002'), edge('10002', '10002'), edge('10003', '20001'), edge('10004', '10002'), edge('10005', '20002')],
  sets: [SET_OLD, SET_NEW],
  recognitions: [
    {
      unit: { code: '10001' },
      set: 'test-3',
      level: 'dat-chuan',
      year: 2021,
      decision: undefined,
      decision_date: '2022-04-07',
      issuer: undefined,
      source: { kind: 'url', url: 'https://example.org' },
      illustrative: false,
      note: undefined,
    },
  ],
});

// Nobody completes on their own, so only the recognised commune is complete.
const SLOW: Profile = { complete: {}, shortfall: [0.3, 0.7] };
const SCOPE: Scope[] = [{ code: '62', label: 'fixture', profile: SLOW }];
const YEARS = { old: [2021, 2022, 2023, 2024], current: [2025, 2026] };
const run = () => generate(fixture(), SCOPE, YEARS);

// ---------------------------------------------------------------------------------------------------
// Pure logic
// ---------------------------------------------------------------------------------------------------

describe('generate (fixture)', () => {
  it('is deterministic for the same seeds', () => {
    const texts = (a: ReturnType<typeof run>) => [...filesOf(a)].map(([p, rows]) => `${p}\n${toCsv(rows)}`);
    expect(texts(run())).toEqual(texts(run()));
    expect(run()).toEqual(run());
  });

  it('assesses only xã under the scope in the old years', () => {
    const codes = new Set(run().filter((a) => a.year <= 2024).map((a) => a.unit.code));
    expect([...codes].sort()).toEqual(['10001', '10002']);
  });

  it('uses the lineage to pick the current communes of 2025 and 2026', () => {
    for (const year of [2025, 2026]) {
      const units = run().filter((a) => a.year === year);
      expect(units.map((a) => unitId(a.unit))).toEqual(['10002:2025-07-01']);
      expect(units[0]!.scopes).toEqual(['62']);
    }
  });

  it('writes one row per criterion of the set in force, counted from the data', () => {
    for (const a of run()) {
      const rows = filesOf([a]).values().next().value!;
      expect(rows.map((r) => Number(r['criterion']))).toEqual(a.year <= 2025 ? [1, 2, 3] : [1, 2, 3, 4]);
      expect(a.set.set).toBe(a.year <= 2025 ? 'test-3' : 'test-4');
    }
  });

  it('never meets more criteria than the set has, and never all of a new set in its first year', () => {
    for (const a of run()) expect(a.met.length).toBeLessThanOrEqual(a.set.numbers.length);
    for (const a of run().filter((x) => x.year === 2026)) expect(a.met.length).toBeLessThan(4);
  });

  it('keeps a recognised commune complete from the year it was recognised for', () => {
    const recognised = run().filter((a) => a.unit.code === '10001');
    expect(recognised.map((a) => [a.year, a.met])).toEqual([2021, 2022, 2023, 2024].map((y) => [y, [1, 2, 3]]));
  });

  it('writes rows that are all illustrative, without source, date, value or note, and pass the schema', () => {
    const rows = [...filesOf(run()).values()].flat();
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      const parsed = assessmentRow.parse(r);
      expect(parsed.illustrative).toBe(true);
      expect([parsed.source, parsed.as_of, parsed.value, parsed.note]).toEqual([undefined, undefined, undefined, undefined]);
    }
  });

  it('puts each file in the folder of its unit, sorted by unit and criterion', () => {
    const files = filesOf(run());
    expect([...files.keys()]).toEqual([2021, 2022, 2023, 2024, 2025, 2026].map((y) => `51-quang-ngai/${y}.csv`));
    expect(files.get('51-quang-ngai/2021.csv')!.map((r) => `${r['unit']}/${r['criterion']}`)).toEqual(['10001/1', '10001/2', '10001/3', '10002/1', '10002/2', '10002/3']);
  });
});

describe('old counts', () => {
  const profile: Profile = { complete: { 2021: 0.2, 2022: 0.1, 2023: 0.1, 2024: 0.1 }, shortfall: [0.05, 0.45] };
  const years = [2021, 2022, 2023, 2024];

  it('stay within 0..total, gain at most 2 and lose at most 1 a year, and complete exactly when told', () => {
    for (const total of [3, 10, 19]) {
      for (let i = 0; i < 300; i++) {
        const completion = [2021, 2022, 2023, 2024, undefined][i % 5];
        const counts = oldCounts(`u${i}`, years, total, completion, profile);
        counts.forEach((c, k) => {
          expect(c).toBeGreaterThanOrEqual(0);
          expect(c).toBeLessThanOrEqual(total);
          expect(c === total).toBe(completion !== undefined && years[k]! >= completion);
          if (k > 0) expect(c - counts[k - 1]!).toBeGreaterThanOrEqual(-1);
          if (k > 0) expect(c - counts[k - 1]!).toBeLessThanOrEqual(2);
        });
      }
    }
  });

  it('assigns completion years in exactly the profile shares, recognised communes first', () => {
    const ids = Array.from({ length: 100 }, (_, i) => `c${i}`);
    const years_ = completionYears(ids, { complete: { 2021: 0.3, 2022: 0.2 }, shortfall: [0, 0] }, years, new Map([['c99', 2023]]));
    const tally = (y: number | undefined) => [...years_.values()].filter((v) => v === y).length;
    expect([tally(2021), tally(2022), tally(2023), tally(undefined)]).toEqual([30, 20, 0, 50]);
    expect(years_.get('c99')).toBe(2021);
  });
});

describe('current counts', () => {
  it('keeps a merged commune complete only when all its parts were', () => {
    expect(mergedCount('x', 2025, [{ met: 19, total: 19 }, { met: 19, total: 19 }], 19)).toBe(19);
    for (let i = 0; i < 50; i++) {
      const n = mergedCount(`x${i}`, 2025, [{ met: 19, total: 19 }, { met: 18, total: 19 }], 19);
      expect(n).toBeGreaterThanOrEqual(17);
      expect(n).toBeLessThan(19);
    }
  });

  it('maps onto a stricter new set and stays within it', () => {
    for (let i = 0; i < 200; i++) {
      const n = nextCount(`x${i}`, 2026, { met: 19, total: 19 }, 10, true);
      expect(n).toBeGreaterThanOrEqual(6);
      expect(n).toBeLessThanOrEqual(8);
      expect(nextCount(`x${i}`, 2026, { met: 3, total: 3 }, 3, false)).toBe(3);
    }
  });
});

describe('which criteria', () => {
  const set: CriteriaSet = { set: 'qd-318-2022', appliesFrom: '2021-01-01', appliesTo: '2025-12-31', numbers: Array.from({ length: 19 }, (_, i) => i + 1) };

  it('grows the met criteria instead of reshuffling them', () => {
    for (let k = 0; k < 19; k++) expect(metCriteria('u', set, k + 1)).toEqual(expect.arrayContaining(metCriteria('u', set, k)));
  });

  it('favours the easier criteria', () => {
    const firstFive = (i: number) => criterionOrder(set.numbers, EASE['qd-318-2022']!, rngFor(`u${i}`)).slice(0, 5);
    const count = (n: number) => Array.from({ length: 500 }, (_, i) => firstFive(i)).filter((f) => f.includes(n)).length;
    for (const easy of [1, 4, 8, 19]) for (const hard of [10, 11, 13, 17]) expect(count(easy)).toBeGreaterThan(4 * count(hard));
  });

  it('orders any set, weighting unknown criteria evenly', () => {
    expect(criterionOrder([3, 1, 2], {}, rngFor('u')).sort()).toEqual([1, 2, 3]);
  });
});

describe('setForYear', () => {
  it('picks the set applying on 31/12 and refuses a year without one', () => {
    expect(setForYear([SET_OLD, SET_NEW], 2025).set).toBe('test-3');
    expect(setForYear([SET_OLD, SET_NEW], 2026).set).toBe('test-4');
    expect(() => setForYear([SET_OLD], 2026)).toThrow(/2026/);
  });
});

describe('parseArgs', () => {
  it('reads --out and refuses anything else', () => {
    expect(parseArgs([], { out: 'd' })).toEqual({ out: 'd' });
    expect(parseArgs(['--out', 'x'], { out: 'd' })).toEqual({ out: 'x' });
    expect(parseArgs(['--out=y'], { out: 'd' })).toEqual({ out: 'y' });
    expect(() => parseArgs(['--out'], { out: 'd' })).toThrow(/needs a folder/);
    expect(() => parseArgs(['2021'], { out: 'd' })).toThrow(/unexpected/);
  });
});

// ---------------------------------------------------------------------------------------------------
// Real data (data/units, data/lineage, data/criteria, data/recognitions): the calibration targets
// ---------------------------------------------------------------------------------------------------

const ROOT = fileURLToPath(new URL('..', import.meta.url));

describe('calibration on the real data', () => {
  const assessments = generate(loadInputs(join(ROOT, 'data')));
  const row = (scope: string, year: number) => calibration(assessments, SCOPES).find((c) => c.scope === scope && c.year === year)!;

  it('has about half of Kon Tum complete at the end of 2022, about 16 criteria on average', () => {
    const r = row('62', 2022);
    expect(r.communes).toBe(85);
    expect(r.complete).toBeGreaterThanOrEqual(40);
    expect(r.complete).toBeLessThanOrEqual(44);
    expect(Math.abs(r.mean - 16)).toBeLessThan(1);
  });

  it('has 12 Trà Cú communes complete in 2022 and all 15 in 2023', () => {
    expect([row('849', 2022).complete, row('849', 2023).complete, row('849', 2023).communes]).toEqual([12, 15, 15]);
  });

  it('has the communes recognised for 2021 meet every criterion from 2021 on', () => {
    for (const code of ['29473', '29485', '29509', '29491', '29503']) {
      const mine = assessments.filter((a) => a.unit.code === code && a.year <= 2024);
      expect(mine.map((a) => a.year)).toEqual([2021, 2022, 2023, 2024]);
      for (const a of mine) expect(a.met.length).toBe(a.set.numbers.length);
    }
  });

  it('assesses only xã, and under QĐ 51/2025 typically 3–8 of its criteria', () => {
    expect(new Set(assessments.map((a) => a.unit.kind))).toEqual(new Set(['xã']));
    const new10 = assessments.filter((a) => a.year === 2026);
    expect(new10.length).toBeGreaterThan(0);
    for (const a of new10) expect(a.met.length).toBeLessThan(a.set.numbers.length);
    expect(new10.filter((a) => a.met.length >= 3 && a.met.length <= 8).length / new10.length).toBeGreaterThan(0.9);
  });
});

// ---------------------------------------------------------------------------------------------------
// Command line
// ---------------------------------------------------------------------------------------------------

const SCRIPT = fileURLToPath(new URL('./generate-demo-assessments.ts', import.meta.url));
const cli = (...args: string[]) => spawnSync(process.execPath, [SCRIPT, ...args], { encoding: 'utf8' });

const tempDirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'demo-assessments-'));
  tempDirs.push(d);
  return d;
};
afterAll(() => {
  for (const d of tempDirs) rmSync(d, { recursive: true, force: true });
});

const listFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.csv'))
    .map((f) => relative(dir, join(dir, f)))
    .sort();

describe('CLI', () => {
  it('writes byte-identical files on two runs, as LF CSV without BOM', () => {
    const [a, b] = [tempDir(), tempDir()];
    for (const out of [a, b]) {
      const r = cli('--out', out);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/62 tỉnh Kon Tum \(cũ\)\s+2022 qd-318-2022\s+\d+\/85 meet all 19/);
    }
    const files = listFiles(a);
    expect(files).toEqual(listFiles(b));
    expect(files).toContain(join('86-vinh-long', '2021.csv'));
    for (const f of files) {
      const text = readFileSync(join(a, f), 'utf8');
      expect(readFileSync(join(b, f), 'utf8')).toBe(text);
      expect(text.startsWith(ASSESSMENT_COLUMNS.join(','))).toBe(true);
      expect(text.includes('\r')).toBe(false);
      expect(text.endsWith('\n')).toBe(true);
    }
  });

  it('refuses to overwrite a file holding rows that are not illustrative', () => {
    const out = tempDir();
    const path = join(out, '86-vinh-long', '2021.csv');
    mkdirSync(join(out, '86-vinh-long'), { recursive: true });
    const real = `${ASSESSMENT_COLUMNS.join(',')}\n29473,2021,,qd-318-2022,1,1,,,https://example.org,\n`;
    writeFileSync(path, real);
    const r = cli('--out', out);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/not illustrative/);
    expect(readFileSync(path, 'utf8')).toBe(real);
    expect(existsSync(join(out, '86-vinh-long', '2022.csv'))).toBe(false);
  });
});
