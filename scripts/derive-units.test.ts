import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unitsNeedingEdges } from './derive-units/lineage-checks.ts';
import { deriveProvince, type ProvinceResult } from './derive-units/province.ts';
import { indexSources, type SourceIndex } from './derive-units/source-index.ts';
import type { Topology } from './derive-units/topology.ts';
import { loadSources, parseArgs } from './derive-units.ts';

describe('parseArgs', () => {
  const defaults = { source: 'S', out: 'O' };

  it('defaults to the four demo provinces', () => expect(parseArgs([], defaults)).toEqual({ source: 'S', out: 'O', provinces: ['12', '44', '51', '86'] }));

  it('reads folders and codes, padding and de-duplicating', () => {
    expect(parseArgs(['--source', 'X', '--out=Y', '86', '1', '86'], defaults)).toEqual({ source: 'X', out: 'Y', provinces: ['01', '86'] });
  });

  it('refuses unknown codes and flags', () => {
    expect(() => parseArgs(['83'], defaults)).toThrow(/unknown current province code\(s\): 83/);
    expect(() => parseArgs(['--sauce', 'x'], defaults)).toThrow(/unexpected argument/);
    expect(() => parseArgs(['--out'], defaults)).toThrow(/--out needs a folder/);
  });
});

// ---------------------------------------------------------------------------------------------------
// The command line and the real source (third-party files outside the repository)
// ---------------------------------------------------------------------------------------------------

const SCRIPT = fileURLToPath(new URL('./derive-units.ts', import.meta.url));
const SOURCE = fileURLToPath(new URL('../../shared/data/admin-units', import.meta.url));
const hasSource = existsSync(SOURCE);
if (!hasSource) console.log(`derive-units: ${SOURCE} not found; skipping the tests on the real source`);

const cli = (...args: string[]) => spawnSync(process.execPath, [SCRIPT, ...args], { encoding: 'utf8' });

const tempDirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'derive-units-'));
  tempDirs.push(d);
  return d;
};
afterAll(() => tempDirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('command line errors', () => {
  it('exits non-zero with a clear message when the source folder is missing', () => {
    const r = cli('--source', join(tmpdir(), 'no-such-admin-units'), '--out', tempDir());
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/source folder not found/);
  });

  it('exits non-zero on an unknown province code', () => {
    const r = cli('--out', tempDir(), '99');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/unknown current province code\(s\): 99/);
  });
});

describe.skipIf(!hasSource)('real source', () => {
  // Loaded in beforeAll: vitest still runs a skipped suite's body to collect its tests.
  let ix: SourceIndex;
  let results: Map<string, ProvinceResult>;
  let vl: ProvinceResult;
  beforeAll(() => {
    ix = indexSources(loadSources(SOURCE));
    results = new Map(['12', '44', '51', '86'].map((c) => [c, deriveProvince(ix, c)]));
    vl = results.get('86')!;
  });
  const oldDistrict = (province: string, name: string) =>
    ix.old.get(province)!.District.find((d) => d.Name === name)!;
  const targetsOf = (district: { Ward: { Code: string }[] | null }, lineage: readonly { old_code: string; new_code: string }[]) => {
    const codes = new Set(district.Ward!.map((w) => w.Code));
    return [...new Set(lineage.filter((r) => codes.has(r.old_code)).map((r) => r.new_code))].sort();
  };

  it('derives the four demo provinces without invalid rows', () => {
    for (const r of results.values()) expect(r.problems, r.slug).toEqual([]);
  });

  it('gives every old commune of the four provinces a lineage edge', () => {
    for (const r of results.values()) {
      const withEdge = new Set(r.lineage.map((l) => l.old_code));
      expect(unitsNeedingEdges(r.oldProvinces).filter((u) => !withEdge.has(u.Code)), r.slug).toEqual([]);
    }
  });

  it('has Vĩnh Long with 124 current units, from old provinces 83, 84, 86', () => {
    expect(vl.slug).toBe('86-vinh-long');
    expect(vl.units.filter((r) => r.level === 'commune' && r.valid_from === '2025-07-01')).toHaveLength(124);
    expect(vl.oldProvinces.map((p) => p.Code)).toEqual(['83', '84', '86']);
  });

  it('has 29489 twice: Xã Hàm Tân in huyện Trà Cú until 2025-06-30, Xã Hàm Giang from 2025-07-01', () => {
    const traCu = oldDistrict('84', 'Trà Cú');
    const rows = vl.units.filter((r) => r.code === '29489');
    expect(rows.map((r) => [r.name, r.kind, r.parent_code, r.valid_from, r.valid_to])).toEqual([
      ['Hàm Tân', 'xã', traCu.Code, '', '2025-06-30'],
      ['Hàm Giang', 'xã', '86', '2025-07-01', ''],
    ]);
  });

  it("maps huyện Trà Cú's communes to the six new communes", () => {
    expect(targetsOf(oldDistrict('84', 'Trà Cú'), vl.lineage)).toEqual(['29461', '29467', '29476', '29489', '29491', '29506']);
  });

  it('maps huyện Tân Uyên (Lai Châu) to 03598, 03601, 03613, 03616', () => {
    expect(targetsOf(oldDistrict('12', 'Tân Uyên'), results.get('12')!.lineage)).toEqual(['03598', '03601', '03613', '03616']);
  });

  it('puts Kon Tum (old 62) into Quảng Ngãi (51)', () => {
    const qn = results.get('51')!;
    expect(qn.oldProvinces.map((p) => p.Code)).toEqual(['51', '62']);
    expect(qn.lineage).toContainEqual({ old_code: '62', new_code: '51', date: '2025-07-01', kind: 'full', resolution: '202/2025/QH15' });
  });

  it('writes byte-identical files when run twice, with 34 provinces in provinces.topojson', () => {
    const [a, b] = [tempDir(), tempDir()];
    for (const out of [a, b]) expect(cli('--source', SOURCE, '--out', out).status).toBe(0);
    const files = (dir: string): string[] =>
      readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((d) => d.isFile())
        .map((d) => relative(dir, join(d.parentPath, d.name)))
        .sort();
    expect(files(a)).toEqual(files(b));
    expect(files(a)).toContain('units/86-vinh-long.csv');
    for (const f of files(a)) expect(readFileSync(join(a, f)).equals(readFileSync(join(b, f))), f).toBe(true);
    const provinces = JSON.parse(readFileSync(join(a, 'boundaries/provinces.topojson'), 'utf8')) as Topology;
    expect(provinces.objects['provinces']!.geometries).toHaveLength(34);
    expect(Object.keys(provinces.objects['provinces']!.geometries[0]!.properties!)).toEqual(['code', 'name']);
  });
});
