import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  communeResolution,
  deriveProvince,
  indexSources,
  KNOWN_PROVINCES,
  lineageDisagreements,
  loadSources,
  oldProvincesInto,
  outlineProblems,
  parentProblems,
  parseArgs,
  parseKind,
  provinceSlug,
  reduceTopology,
  sameName,
  sortUnits,
  toCsv,
  UNIT_COLUMNS,
  unitsNeedingEdges,
  unitsWithoutEdges,
  type ProvinceResult,
  type SourceIndex,
  type Sources,
  type Topology,
  type UnitCells,
} from './derive-units.ts';

// ---------------------------------------------------------------------------------------------------
// Fixtures in the shape of the source JSON: Trà Vinh (84) and Vĩnh Long (86) → Vĩnh Long (86), with
// 29489 reused (Xã Hàm Tân before, Xã Hàm Giang after); Quảng Ngãi (51, with the commune-less island
// district Lý Sơn) and Kon Tum (62) → Quảng Ngãi (51).
// ---------------------------------------------------------------------------------------------------

const fixture = (): Sources => ({
  current: [
    {
      Code: '86',
      Name: 'Vĩnh Long',
      FullName: 'Tỉnh Vĩnh Long',
      Wards: [
        { Code: '29489', Name: 'Hàm Giang', FullName: 'Xã Hàm Giang', ProvinceCode: '86' },
        { Code: '29461', Name: 'Trà Cú', FullName: 'Xã Trà Cú', ProvinceCode: '86' },
      ],
    },
    {
      Code: '51',
      Name: 'Quảng Ngãi',
      FullName: 'Tỉnh Quảng Ngãi',
      Wards: [
        { Code: '21548', Name: 'Lý Sơn', FullName: 'Đặc khu Lý Sơn', ProvinceCode: '51' },
        { Code: '23284', Name: 'Kon Tum', FullName: 'Phường Kon Tum', ProvinceCode: '51' },
      ],
    },
  ],
  old: [
    {
      Code: '86',
      Name: 'Vĩnh Long',
      FullName: 'Tỉnh Vĩnh Long',
      District: [{ Code: '855', Name: 'Vĩnh Long', FullName: 'Thành phố Vĩnh Long', Ward: [{ Code: '29590', Name: '1', FullName: 'Phường 1' }] }],
    },
    {
      Code: '84',
      Name: 'Trà Vinh',
      FullName: 'Tỉnh Trà Vinh',
      District: [
        {
          Code: '849',
          Name: 'Trà Cú',
          FullName: 'Huyện Trà Cú',
          Ward: [
            { Code: '29489', Name: 'Hàm Tân', FullName: 'Xã Hàm Tân' },
            { Code: '29461', Name: 'Trà Cú', FullName: 'Thị trấn Trà Cú' },
            { Code: '29488', Name: 'Hàm Giang', FullName: 'Xã Hàm Giang' },
          ],
        },
      ],
    },
    {
      Code: '51',
      Name: 'Quảng Ngãi',
      FullName: 'Tỉnh Quảng Ngãi',
      District: [{ Code: '536', Name: 'Lý Sơn', FullName: 'Huyện Lý Sơn', Ward: null }],
    },
    {
      Code: '62',
      Name: 'Kon Tum',
      FullName: 'Tỉnh Kon Tum',
      District: [{ Code: '608', Name: 'Kon Tum', FullName: 'Thành phố Kon Tum', Ward: [{ Code: '23284', Name: 'Quyết Thắng', FullName: 'Phường Quyết Thắng' }] }],
    },
  ],
  splits: {
    data: [
      { level1_id: '51', name: 'Tỉnh Quảng Ngãi', splits: [{ new_id: '51' }], level2s: [{ level2_id: '536', name: 'Huyện Lý Sơn', splits: [{ new_id: '21548' }] }], level3s: [] },
      { level1_id: '62', name: 'Tỉnh Kon Tum', splits: [{ new_id: '51' }], level3s: [{ level3_id: '23284', name: 'Phường Quyết Thắng', splits: [{ new_id: '23284' }] }] },
      {
        level1_id: '84',
        name: 'Tỉnh Trà Vinh',
        splits: [{ new_id: '86' }],
        level3s: [
          { level3_id: '29461', name: 'Thị trấn Trà Cú', splits: [{ new_id: '29461' }] },
          { level3_id: '29488', name: 'Xã Hàm Giang', splits: [{ new_id: '29489' }] },
          { level3_id: '29489', name: 'Xã Hàm Tân', splits: [{ new_id: '29489' }] },
        ],
      },
      { level1_id: '86', name: 'Tỉnh Vĩnh Long', splits: [{ new_id: '86' }], level3s: [{ level3_id: '29590', name: 'Phường 1', splits: [{ new_id: '29461' }, { new_id: '29489' }] }] },
    ],
  },
  merges: {
    data: [
      {
        level1_id: '86',
        name: 'Tỉnh Vĩnh Long',
        merges: [
          { old_id: '84', type: 'full' },
          { old_id: '86', type: 'full' },
        ],
        level2s: [
          { level2_id: '29489', name: 'Xã Hàm Giang', merges: [{ old_id: '29488', name: 'Xã Hàm Giang', type: 'full' }, { old_id: '29489', name: 'Xã Hàm Tân', type: 'full' }, { old_id: '29590', name: 'Phường 1', type: 'partial' }] },
          { level2_id: '29461', name: 'Xã Trà Cú', merges: [{ old_id: '29461', name: 'Thị trấn Trà Cú', type: 'full' }, { old_id: '29590', name: 'Phường 1', type: 'partial' }] },
        ],
      },
      {
        level1_id: '51',
        name: 'Tỉnh Quảng Ngãi',
        merges: [
          { old_id: '51', type: 'full' },
          { old_id: '62', type: 'full' },
        ],
        level2s: [
          { level2_id: '21548', name: 'Đặc khu Lý Sơn', merges: [{ old_id: '536', name: 'Huyện Lý Sơn', type: 'full' }] },
          { level2_id: '23284', name: 'Phường Kon Tum', merges: [{ old_id: '23284', name: 'Phường Quyết Thắng', type: 'full' }] },
        ],
      },
    ],
  },
});

describe('parseKind', () => {
  it.each([
    ['Tỉnh Trà Vinh', 'tỉnh'],
    ['Thành phố Quảng Ngãi', 'thành phố'],
    ['Quận Ba Đình', 'quận'],
    ['Huyện Trà Cú', 'huyện'],
    ['Thị xã Duyên Hải', 'thị xã'],
    ['Xã Hàm Tân', 'xã'],
    ['Phường 1', 'phường'],
    ['Thị trấn Trà Cú', 'thị trấn'],
    ['Đặc khu Lý Sơn', 'đặc khu'],
    ['xã Bắc Sơn', 'xã'],
  ])('%s → %s', (fullName, kind) => expect(parseKind(fullName)).toBe(kind));

  it('refuses a name with no known kind', () => expect(() => parseKind('Làng Hàm Tân')).toThrow(/Làng Hàm Tân/));
});

describe('names and resolutions', () => {
  it('slugs a province from its code and current name', () => {
    expect(provinceSlug({ Code: '86', Name: 'Vĩnh Long' })).toBe('86-vinh-long');
    expect(provinceSlug({ Code: '51', Name: 'Quảng Ngãi' })).toBe('51-quang-ngai');
  });

  it('knows the commune resolution of every current province', () => {
    expect(KNOWN_PROVINCES).toHaveLength(34);
    expect(communeResolution('86')).toBe('1687/NQ-UBTVQH15');
    expect(communeResolution('01')).toBe('1656/NQ-UBTVQH15');
    expect(communeResolution('12')).toBe('1670/NQ-UBTVQH15');
    expect(communeResolution('83')).toBeUndefined();
  });

  it('treats old and new tone placement as the same name, but not different letters', () => {
    expect(sameName('Xã Long Hoà', 'Xã Long Hòa')).toBe(true);
    expect(sameName('Xã Tiên Thuỷ', 'xã  Tiên Thủy')).toBe(true);
    expect(sameName('Xã Mương Chanh', 'Xã Mường Chanh')).toBe(false);
    expect(sameName('Xã Lộc Ninh', 'Phường Lộc Ninh')).toBe(false);
  });
});

describe('old → new province selection', () => {
  it('selects every old province that went into the current one, sorted', () => {
    const { splits } = fixture();
    expect(oldProvincesInto(splits, '86')).toEqual(['84', '86']);
    expect(oldProvincesInto(splits, '51')).toEqual(['51', '62']);
    expect(oldProvincesInto(splits, '12')).toEqual([]);
  });
});

describe('deriveProvince', () => {
  const ix = indexSources(fixture());
  const vl = deriveProvince(ix, '86');
  const qn = deriveProvince(ix, '51');

  it('finds nothing wrong in a consistent fixture', () => {
    expect(vl.problems).toEqual([]);
    expect(vl.notes).toEqual([]);
    expect(qn.problems).toEqual([]);
    expect(qn.notes).toEqual([]);
  });

  it('keeps both units of a reused code, told apart by validity', () => {
    const rows = vl.units.filter((r) => r.code === '29489');
    expect(rows).toEqual([
      { code: '29489', name: 'Hàm Tân', kind: 'xã', level: 'commune', parent_code: '849', valid_from: '', valid_to: '2025-06-30', source: '' },
      { code: '29489', name: 'Hàm Giang', kind: 'xã', level: 'commune', parent_code: '86', valid_from: '2025-07-01', valid_to: '', source: '1687/NQ-UBTVQH15' },
    ]);
    expect(vl.units.filter((r) => r.code === '86').map((r) => [r.valid_from, r.valid_to, r.source])).toEqual([
      ['', '2025-06-30', ''],
      ['2025-07-01', '', '202/2025/QH15'],
    ]);
  });

  it('orders units by level then code, the older unit first on a reused code', () => {
    expect(vl.units.map((r) => `${r.code}${r.valid_from ? '+' : '-'}`)).toEqual([
      '84-', '86-', '86+', '849-', '855-', '29461-', '29461+', '29488-', '29489-', '29489+', '29590-',
    ]);
  });

  it('writes old provinces → P under 202/2025/QH15 and communes under the province resolution', () => {
    expect(vl.lineage).toEqual([
      { old_code: '84', new_code: '86', date: '2025-07-01', kind: 'full', resolution: '202/2025/QH15' },
      { old_code: '86', new_code: '86', date: '2025-07-01', kind: 'full', resolution: '202/2025/QH15' },
      { old_code: '29461', new_code: '29461', date: '2025-07-01', kind: 'full', resolution: '1687/NQ-UBTVQH15' },
      { old_code: '29488', new_code: '29489', date: '2025-07-01', kind: 'full', resolution: '1687/NQ-UBTVQH15' },
      { old_code: '29489', new_code: '29489', date: '2025-07-01', kind: 'full', resolution: '1687/NQ-UBTVQH15' },
      { old_code: '29590', new_code: '29461', date: '2025-07-01', kind: 'partial', resolution: '1687/NQ-UBTVQH15' },
      { old_code: '29590', new_code: '29489', date: '2025-07-01', kind: 'partial', resolution: '1687/NQ-UBTVQH15' },
    ]);
  });

  it('keeps a district without communes and its edge to the special zone', () => {
    expect(qn.units.find((r) => r.code === '536')).toMatchObject({ level: 'district', kind: 'huyện', parent_code: '51' });
    expect(qn.lineage.find((r) => r.old_code === '536')).toMatchObject({ new_code: '21548', resolution: '1677/NQ-UBTVQH15' });
    expect(qn.lineage.filter((r) => r.new_code === '51').map((r) => r.old_code)).toEqual(['51', '62']);
  });

  it('reports a row the schema refuses as a problem instead of writing it', () => {
    const bad = fixture();
    bad.current[0]!.Wards[0]!.Code = '2948';
    expect(deriveProvince(indexSources(bad), '86').problems.join('\n')).toMatch(/units\/86-vinh-long\.csv:\d+ code/);
  });

  it('notes an old commune with no edge and an edge the two lineage files disagree on', () => {
    const src = fixture();
    src.merges.data[0]!.level2s[0]!.merges = src.merges.data[0]!.level2s[0]!.merges.filter((m) => m.old_id !== '29488');
    const notes = deriveProvince(indexSources(src), '86').notes;
    expect(notes).toContain('edge 29488→29489 is in splits.json but not merges.json');
    expect(notes).toContain('no lineage edge for old 29488 Xã Hàm Giang');
  });
});

describe('checks', () => {
  it('lists old communes, and districts without communes, that lack an edge', () => {
    const { old } = fixture();
    const needing = unitsNeedingEdges(old).map((u) => u.Code);
    expect(needing).toEqual(['29590', '29489', '29461', '29488', '536', '23284']);
    const edges = [{ oldCode: '29489', newCode: '29489', kind: 'full' }];
    expect(unitsWithoutEdges([{ Code: '29489', Name: '', FullName: '' }, { Code: '536', Name: '', FullName: '' }], edges).map((u) => u.Code)).toEqual(['536']);
  });

  it('compares the province lists and the edges touching the province', () => {
    const e = (oldCode: string, newCode: string) => ({ oldCode, newCode, kind: '' });
    const notes = lineageDisagreements(
      { provinces: ['84', '86'], edges: [e('1', '2'), e('3', '4'), e('9', '9')] },
      { provinces: ['86'], edges: [e('1', '2'), e('5', '4')] },
      (x) => x.newCode !== '9',
    );
    expect(notes).toEqual([
      'old provinces differ: splits.json 84, 86; merges.json 86',
      'edge 3→4 is in splits.json but not merges.json',
      'edge 5→4 is in merges.json but not splits.json',
    ]);
  });

  it('requires every parent to be in force in the same period', () => {
    const row = (code: string, parent: string, from: string, to: string): UnitCells => ({ code, name: 'x', kind: 'xã', level: 'commune', parent_code: parent, valid_from: from, valid_to: to, source: '' });
    const rows = [row('86', '', '2025-07-01', ''), row('849', '84', '', '2025-06-30'), row('29489', '849', '2025-07-01', '')];
    expect(parentProblems(rows, 'f')).toEqual([
      'f: 849 x: parent 84 is not in force on 2025-06-30',
      'f: 29489 x: parent 849 is not in force on 2025-07-01',
    ]);
  });
});

describe('output text', () => {
  const rows = deriveProvince(indexSources(fixture()), '86').units;

  it('is the same whatever order the rows come in', () => {
    const shuffled = [...rows].reverse();
    expect(toCsv(sortUnits(shuffled), UNIT_COLUMNS)).toBe(toCsv(sortUnits(rows), UNIT_COLUMNS));
  });

  it('writes the schema columns, LF, no BOM, quotes only where needed', () => {
    const withComma = { ...rows[0]!, name: 'A, B' };
    const text = toCsv([withComma, rows[1]!], UNIT_COLUMNS);
    expect(text).toBe('code,name,kind,level,parent_code,valid_from,valid_to,source\n84,"A, B",tỉnh,province,,,2025-06-30,\n86,Vĩnh Long,tỉnh,province,,,2025-06-30,\n');
  });
});

describe('outlines', () => {
  const topo: Topology = {
    type: 'Topology',
    arcs: [[[0, 0], [1, 1]]],
    transform: { scale: [1, 1], translate: [0, 0] },
    objects: {
      communes: {
        type: 'GeometryCollection',
        geometries: [
          { type: 'Polygon', arcs: [[0]], properties: { code: '29489', name: 'Hàm Giang', fullName: 'Xã Hàm Giang' } },
          { type: 'Polygon', arcs: [[-1]], properties: { code: '29461', name: 'Trà Cú', fullName: 'Xã Trà Cú' } },
        ],
      },
    },
  };

  it('keeps only code and name, sorts by code and leaves geometry alone', () => {
    const out = reduceTopology(topo, 'communes');
    expect(out.arcs).toBe(topo.arcs);
    expect(out.transform).toBe(topo.transform);
    expect(out.objects['communes']!.geometries).toEqual([
      { type: 'Polygon', arcs: [[-1]], properties: { code: '29461', name: 'Trà Cú' } },
      { type: 'Polygon', arcs: [[0]], properties: { code: '29489', name: 'Hàm Giang' } },
    ]);
  });

  it('refuses a missing layer', () => expect(() => reduceTopology(topo, 'provinces')).toThrow(/no layer "provinces"/));

  it('reports outlines of unknown units and units without an outline', () => {
    const expected = new Map([
      ['29489', 'Hàm Giang'],
      ['29506', 'Long Hiệp'],
    ]);
    expect(outlineProblems(topo, 'communes', expected, 'c')).toEqual(['c: outline 29461 Trà Cú is not a current unit', 'c: no outline for 29506 Long Hiệp']);
  });
});

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
