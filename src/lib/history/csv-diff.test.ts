import { describe, expect, it } from 'vitest';
import { csvDiff, rowKey } from './csv-diff.ts';
import type { FileDiff } from './git-log.ts';

const file = (status: FileDiff['status'], hunks: FileDiff['hunks']): FileDiff => ({ path: 'data/figures/x.csv', status, hunks });
const hunk = (oldStart: number, removed: string[], newStart: number, added: string[]) => ({ oldStart, oldCount: removed.length, newStart, newCount: added.length, removed, added });

describe('csvDiff', () => {
  it('reads a new file: line 1 is the header, the rest are rows', () => {
    const d = csvDiff(file('added', [hunk(0, [], 1, ['scope,period,value', '62,2023-01,36', '', '849,2023-04,12'])]), undefined);
    expect(d.header).toEqual(['scope', 'period', 'value']);
    expect(d.added).toEqual([{ scope: '62', period: '2023-01', value: '36' }, { scope: '849', period: '2023-04', value: '12' }]);
    expect(d.removed).toEqual([]);
  });

  it('reads removed lines with the old header and added lines with the new one', () => {
    const d = csvDiff(file('modified', [hunk(1, ['scope,value'], 1, ['scope,value,note']), hunk(3, ['849,12'], 3, ['849,13,sửa'])]), ['scope', 'value']);
    expect(d.header).toEqual(['scope', 'value', 'note']);
    expect(d.removed).toEqual([{ scope: '849', value: '12' }]);
    expect(d.added).toEqual([{ scope: '849', value: '13', note: 'sửa' }]);
  });

  it('forgets the header of a deleted file and counts lines it cannot read', () => {
    const deleted = csvDiff(file('deleted', [hunk(1, ['scope,value', '62,36'], 0, [])]), ['scope', 'value']);
    expect(deleted.header).toBeUndefined();
    expect(deleted.removed).toEqual([{ scope: '62', value: '36' }]);
    const unknown = csvDiff(file('modified', [hunk(5, ['62,36'], 5, ['62,"ghi chú'])]), undefined);
    expect(unknown.unreadable).toBe(2);
  });
});

describe('rowKey', () => {
  it('joins the unique columns, blank ones as empty, and gives undefined when all are blank', () => {
    expect(rowKey(['unit', 'year', 'set', 'criterion'], { unit: '29489', year: '2024', set: 'qd-318-2022', criterion: '3', met: '1' })).toBe('29489|2024|qd-318-2022|3');
    expect(rowKey(['code', 'valid_from'], { code: '83' })).toBe('83|');
    expect(rowKey(['code', 'valid_from'], { name: 'x' })).toBeUndefined();
  });
});
