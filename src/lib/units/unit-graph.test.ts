import { describe, expect, it } from 'vitest';
import { buildUnitGraph, dayInForce } from './unit-graph.ts';

// A miniature of the 2025 reform: Trà Vinh (84) with huyện Trà Cú (849) went into Vĩnh Long (86);
// Hàm Tân and Kim Sơn became the new Hàm Giang, which reuses code 29489.
const old = { valid_to: '2025-06-30' };
const now = { valid_from: '2025-07-01' };
const units = [
  { code: '84', name: 'Trà Vinh', ...old },
  { code: '849', name: 'Trà Cú', parent_code: '84', ...old },
  { code: '29482', name: 'Kim Sơn', parent_code: '849', ...old },
  { code: '29489', name: 'Hàm Tân', parent_code: '849', ...old },
  { code: '86', name: 'Vĩnh Long', ...now },
  { code: '29489', name: 'Hàm Giang', parent_code: '86', ...now },
];
const edge = (old_code: string, new_code: string, kind: 'full' | 'partial' = 'full') => ({
  old_code,
  new_code,
  kind,
  date: '2025-07-01',
  resolution: '1687/NQ-UBTVQH15',
});
const graph = buildUnitGraph(units, [edge('84', '86'), edge('29482', '29489'), edge('29489', '29489', 'partial')]);
const id = (code: string, period: 'old' | 'now') => `${code}:${period === 'now' ? '2025-07-01' : '-'}`;

describe('buildUnitGraph', () => {
  it('finds children within the same period only', () => {
    expect(graph.children.get(id('849', 'old'))?.map((u) => u.name)).toEqual(['Kim Sơn', 'Hàm Tân']);
    expect(graph.children.get(id('86', 'now'))?.map((u) => u.name)).toEqual(['Hàm Giang']);
  });

  it('links a merged commune to the one it became, and back', () => {
    expect(graph.successors.get(id('29489', 'old'))?.map((e) => [e.unit.name, e.kind])).toEqual([['Hàm Giang', 'partial']]);
    expect(graph.predecessors.get(id('29489', 'now'))?.map((e) => e.unit.name)).toEqual(['Kim Sơn', 'Hàm Tân']);
  });

  it('places old communes under the province their province went into', () => {
    expect(graph.provinceOf.get(id('29482', 'old'))).toBe(id('86', 'now'));
    expect(graph.provinceOf.get(id('29489', 'now'))).toBe(id('86', 'now'));
  });

  it('skips lineage rows that do not resolve', () => {
    expect(buildUnitGraph(units, [edge('11111', '29489')]).predecessors.size).toBe(0);
  });
});

describe('dayInForce', () => {
  it('picks a day inside the validity period', () => {
    expect(dayInForce({ code: '1', valid_to: '2025-06-30' })).toBe('2025-06-30');
    expect(dayInForce({ code: '1', valid_from: '2025-07-01' })).toBe('2025-07-01');
  });
});
