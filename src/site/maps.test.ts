/**
 * provinceMapData and nationalMapData on a small invented portal laid over the real outlines of one
 * province (the first with a file in data/boundaries/): categories, counts, labels, links, and what
 * happens to a commune without an outline and an outline without a commune.
 */
import { describe, expect, it } from 'vitest';
import { communeFiles, communesMap } from './boundaries.ts';
import { nationalMapData, provinceMapData } from './maps.ts';
import type { Portal, Unit } from './portal.ts';

const [code] = [...communeFiles().keys()] as [string];
const outlines = communesMap(code)!.shapes;
const unit = (u: Partial<Unit> & Pick<Unit, 'code' | 'name' | 'kind' | 'level'>): Unit => ({ valid_from: '2025-07-01', ...u }) as Unit;

const province = unit({ code, name: 'Thử', kind: 'tỉnh', level: 'province' });
const [a, b, c] = [0, 1, 2].map((i) => unit({ code: outlines[i]!.code, name: 'ABC'[i]!, kind: 'xã', level: 'commune', parent_code: code }));
const missing = unit({ code: '99999', name: 'Không ranh giới', kind: 'xã', level: 'commune', parent_code: code });
const id = (u: Unit) => `${u.code}:${u.valid_from}`;
const assessment = (u: Unit, year: number, set: string, met: number[], illustrative = true) => ({
  id: `${id(u)}/${year}/${set}`,
  unit: id(u),
  year,
  as_of: `${year}-12-31`,
  set,
  illustrative,
  results: [1, 2].map((n) => ({ criterion: n, met: met.includes(n), file: 'f', line: n })),
});

const portal = {
  units: [province, a, b, c, missing],
  childrenOf: new Map([[id(province), [c!, missing, b!, a!]]]),
  assessmentsByUnit: new Map([
    [id(a!), [assessment(a!, 2025, 'old', [1, 2]), assessment(a!, 2026, 'new', [1, 2])]],
    [id(b!), [assessment(b!, 2026, 'new', [1])]],
  ]),
  recognitionsByUnit: new Map([[id(c!), [{ set: 'new', level: 'hien-dai', year: 2026, illustrative: false }]]]),
  criteria: [1, 2].flatMap((number) => ['old', 'new'].map((set) => ({ set, number, name: `Tiêu chí ${number}` }))),
  criteriaSets: [
    { set: 'old', name: 'Bộ cũ', applies_from: '2021-01-01', applies_to: '2025-12-31' },
    { set: 'new', name: 'Bộ mới', applies_from: '2026-01-01', applies_to: '2030-12-31' },
  ],
  levels: [
    { set: 'new', level: 'dat-chuan', name: 'Xã đạt chuẩn nông thôn mới', rank: 1 },
    { set: 'new', level: 'hien-dai', name: 'Xã nông thôn mới hiện đại (thí điểm)', rank: 2 },
  ],
} as unknown as Portal;

describe('provinceMapData', () => {
  const map = provinceMapData(portal, province)!;

  it('shows the latest year assessed, under its set', () => {
    expect([map.year, map.set, map.setName]).toEqual([2026, 'new', 'Bộ mới']);
  });

  it('puts each commune in its category, with a name for its link', () => {
    const rows = map.communes.map((e) => [e.unit.code, e.category.key, e.label]);
    expect(rows).toEqual([
      [a!.code, 'dat-chuan', 'Xã A: đạt chuẩn nông thôn mới, 2/2 tiêu chí'],
      [b!.code, 'chua-dat', 'Xã B: chưa đạt chuẩn, 1/2 tiêu chí'],
      [c!.code, 'hien-dai', 'Xã C: nông thôn mới hiện đại (thí điểm)'],
      [missing.code, 'khong-co-du-lieu', 'Xã Không ranh giới: không có dữ liệu'],
    ]);
  });

  it('counts each category in the legend, in legend order', () => {
    expect(map.legend.map((l) => [l.key, l.count])).toEqual([
      ['chua-dat', 1],
      ['dat-chuan', 1],
      ['hien-dai', 1],
      ['khong-co-du-lieu', 1],
    ]);
  });

  it('keeps a commune without an outline in the table, and an outline without a commune off the links', () => {
    expect(map.communes.find((e) => e.unit === missing)!.shape).toBeUndefined();
    expect(map.communes.find((e) => e.unit === a)!.shape!.code).toBe(a!.code);
    expect(map.strayShapes.map((s) => s.code)).toEqual(outlines.slice(3).map((s) => s.code));
  });

  it('is illustrative when a result it shows is, and only then', () => {
    expect(map.illustrative).toBe(true);
    const real = new Map([...portal.assessmentsByUnit].map(([k, list]) => [k, list.map((x) => ({ ...x, illustrative: false }))]));
    expect(provinceMapData({ ...portal, assessmentsByUnit: real }, province)!.illustrative).toBe(false);
  });

  it('is undefined for a former province, a commune, or a province without outlines', () => {
    expect(provinceMapData(portal, { ...province, valid_to: '2025-06-30' })).toBeUndefined();
    expect(provinceMapData(portal, a!)).toBeUndefined();
    expect(provinceMapData(portal, { ...province, code: '00' })).toBeUndefined();
  });
});

describe('nationalMapData', () => {
  const national = nationalMapData(portal)!;

  it('links only the current provinces the portal has', () => {
    const linked = national.provinces.filter((e) => e.path);
    expect(linked.map((e) => [e.shape.code, e.label])).toEqual([[code, 'Tỉnh Thử: có dữ liệu, 4 xã, phường, đặc khu']]);
    expect(national.withData).toBe(1);
    expect(national.provinces.filter((e) => !e.path).every((e) => e.label.endsWith(': chưa có dữ liệu'))).toBe(true);
  });

  it('places both archipelago labels on the map', () => {
    const v = national.map.viewBox;
    expect(national.islands).toHaveLength(2);
    for (const { at } of national.islands) expect(at[0] >= v.x && at[0] <= v.x + v.width && at[1] >= v.y && at[1] <= v.y + v.height).toBe(true);
  });
});
