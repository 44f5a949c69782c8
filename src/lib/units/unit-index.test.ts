import { describe, expect, it } from 'vitest';
import { dayAfter, dayBefore, indexUnits, inForce, unitId } from './unit-index.ts';

// 29489 was reused on 1/7/2025: Xã Hàm Tân (huyện Trà Cú) before, Xã Hàm Giang after.
const hamTan = { code: '29489', name: 'Hàm Tân', valid_to: '2025-06-30' };
const hamGiang = { code: '29489', name: 'Hàm Giang', valid_from: '2025-07-01' };

describe('indexUnits', () => {
  const index = indexUnits([hamGiang, hamTan]);

  it('resolves a reused code to the unit in force on the date', () => {
    expect(index.at('29489', '2024-12-31')?.name).toBe('Hàm Tân');
    expect(index.at('29489', '2025-07-01')?.name).toBe('Hàm Giang');
  });

  it('returns nothing for a code not in force on the date', () => {
    expect(indexUnits([hamGiang]).at('29489', '2021-12-31')).toBeUndefined();
  });

  it('lists every unit that had a code, oldest first', () => {
    expect(index.withCode('29489').map((u) => u.name)).toEqual(['Hàm Tân', 'Hàm Giang']);
  });

  it('finds a unit by its id', () => {
    expect(index.byId(unitId(hamGiang))).toBe(hamGiang);
  });
});

describe('inForce', () => {
  it('includes both ends of the validity period', () => {
    expect(inForce(hamTan, '2025-06-30')).toBe(true);
    expect(inForce(hamTan, '2025-07-01')).toBe(false);
  });
});

describe('dayBefore', () => {
  it('crosses month and year ends', () => {
    expect(dayBefore('2025-07-01')).toBe('2025-06-30');
    expect(dayBefore('2024-01-01')).toBe('2023-12-31');
    expect(dayBefore('2024-03-01')).toBe('2024-02-29');
  });
});

describe('dayAfter', () => {
  it('crosses month and year ends', () => {
    expect(dayAfter('2025-06-30')).toBe('2025-07-01');
    expect(dayAfter('2023-12-31')).toBe('2024-01-01');
  });
});
