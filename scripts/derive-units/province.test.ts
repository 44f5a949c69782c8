import { describe, expect, it } from 'vitest';
import { deriveProvince } from './province.ts';
import { indexSources } from './source-index.ts';
import { fixture } from './test-fixture.ts';

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
