import { describe, expect, it } from 'vitest';
import { lineageDisagreements, sameName, unitsNeedingEdges, unitsWithoutEdges } from './lineage-checks.ts';
import { fixture } from './test-fixture.ts';

describe('names and resolutions', () => {
  it('treats old and new tone placement as the same name, but not different letters', () => {
    expect(sameName('Xã Long Hoà', 'Xã Long Hòa')).toBe(true);
    expect(sameName('Xã Tiên Thuỷ', 'xã  Tiên Thủy')).toBe(true);
    expect(sameName('Xã Mương Chanh', 'Xã Mường Chanh')).toBe(false);
    expect(sameName('Xã Lộc Ninh', 'Phường Lộc Ninh')).toBe(false);
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
});
