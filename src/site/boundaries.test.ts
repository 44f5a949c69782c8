/**
 * The outlines in data/boundaries/ against the unit lists in data/units/: one path per commune,
 * inside the map, and the same codes on both sides. A mismatch is listed, not hidden.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { readCsv } from '../lib/csv/read-csv.ts';
import { pathRings } from '../lib/maps/svg-path.ts';
import type { ProjectedMap } from '../lib/maps/project.ts';
import { communeFiles, communesMap, provincesMap } from './boundaries.ts';

const UNIT_COLUMNS = ['code', 'name', 'kind', 'level', 'parent_code', 'valid_from', 'valid_to', 'source'];
const unitFiles = readdirSync('data/units').filter((f) => f.endsWith('.csv'));
const currentUnits = unitFiles
  .flatMap((f) => readCsv(readFileSync(`data/units/${f}`, 'utf8'), f, UNIT_COLUMNS).rows.map((r) => r.cells))
  .filter((u) => !u['valid_to']);
const currentProvinces = currentUnits.filter((u) => u['level'] === 'province').map((u) => u['code']!);
const communesOf = (province: string) => currentUnits.filter((u) => u['level'] === 'commune' && u['parent_code'] === province).map((u) => u['code']!);

const mismatch = (outlines: readonly string[], units: readonly string[]) => ({
  outlinesNotInUnits: outlines.filter((c) => !units.includes(c)),
  unitsWithoutOutline: units.filter((c) => !outlines.includes(c)),
});

const checkShapes = (map: ProjectedMap) => {
  const codes = map.shapes.map((s) => s.code);
  expect(new Set(codes).size, 'one path per code').toBe(codes.length);
  const v = map.viewBox;
  for (const s of map.shapes) {
    const points = pathRings(s.d).flat();
    expect(points.length, `${s.code} has a shape`).toBeGreaterThan(2);
    expect(points.filter(([x, y]) => x < v.x || y < v.y || x > v.x + v.width || y > v.y + v.height), s.code).toEqual([]);
  }
};

const files = [...communeFiles()];

describe('commune outlines', () => {
  it('exist for at least one province, and only for provinces in data/units', () => {
    expect(files.length).toBeGreaterThan(0);
    for (const [code] of files) expect(currentProvinces).toContain(code);
  });

  it.each(files)('province %s (%s): one path per commune, inside the map', (code) => {
    checkShapes(communesMap(code)!);
  });

  it.each(files)('province %s (%s): the same communes as data/units', (code) => {
    const outlines = communesMap(code)!.shapes.map((s) => s.code);
    expect(mismatch(outlines, communesOf(code))).toEqual({ outlinesNotInUnits: [], unitsWithoutOutline: [] });
  });

  it('are undefined for a province without a file', () => {
    expect(communesMap('00')).toBeUndefined();
  });

  it('are projected once', () => {
    const [code] = files[0]!;
    expect(communesMap(code)).toBe(communesMap(code));
  });
});

describe('province outlines', () => {
  it('draw every current province of data/units, one path each, inside the map', () => {
    const map = provincesMap()!;
    checkShapes(map);
    expect(mismatch(map.shapes.map((s) => s.code), currentProvinces).unitsWithoutOutline).toEqual([]);
  });
});
