import { describe, expect, it } from 'vitest';
import { parentProblems } from './row-checks.ts';
import type { UnitCells } from './units.ts';

describe('checks', () => {
  it('requires every parent to be in force in the same period', () => {
    const row = (code: string, parent: string, from: string, to: string): UnitCells => ({ code, name: 'x', kind: 'xã', level: 'commune', parent_code: parent, valid_from: from, valid_to: to, source: '' });
    const rows = [row('86', '', '2025-07-01', ''), row('849', '84', '', '2025-06-30'), row('29489', '849', '2025-07-01', '')];
    expect(parentProblems(rows, 'f')).toEqual([
      'f: 849 x: parent 84 is not in force on 2025-06-30',
      'f: 29489 x: parent 849 is not in force on 2025-07-01',
    ]);
  });
});
