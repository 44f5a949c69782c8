import { describe, expect, it } from 'vitest';
import { parsePartialDate, type PartialDate } from '../dates/partial-date.ts';
import { localityOf, placeNames, placeOf, type NamedUnit } from './localities.ts';

const UNITS: NamedUnit[] = [
  { code: '45', name: 'Quảng Trị', kind: 'tỉnh', valid_to: '2025-06-30' },
  { code: '44', name: 'Quảng Trị', kind: 'tỉnh', valid_from: '2025-07-01' },
  { code: '462', name: 'Quảng Trị', kind: 'thị xã', parent_code: '45', valid_to: '2025-06-30' },
  { code: '51', name: 'Quảng Ngãi', kind: 'tỉnh', valid_to: '2025-06-30' },
  { code: '522', name: 'Quảng Ngãi', kind: 'thành phố', parent_code: '51', valid_to: '2025-06-30' },
  { code: '901', name: 'Tân Phú', kind: 'huyện', parent_code: '45', valid_to: '2025-06-30' },
  { code: '902', name: 'Tân Phú', kind: 'huyện', parent_code: '51', valid_to: '2025-06-30' },
];
const d = (s: string): PartialDate => parsePartialDate(s)!;

describe('placeOf', () => {
  it('reads the kind and name a body is named after', () => {
    expect(placeOf('UBND thành phố Quảng Ngãi')).toEqual({ kind: 'thành phố', name: 'Quảng Ngãi' });
    expect(placeOf('Sở Nông nghiệp và Phát triển nông thôn tỉnh Quảng Ngãi')).toEqual({ kind: 'tỉnh', name: 'Quảng Ngãi' });
    expect(placeOf('Huyện ủy Trà Cú')).toEqual({ kind: 'huyện', name: 'Trà Cú' });
    expect(placeOf('Thủ tướng Chính phủ')).toBeNull();
  });
});

describe('localityOf', () => {
  it('finds the unit by kind, name and the date of the document', () => {
    expect(localityOf('UBND tỉnh Quảng Trị', null, d('2020-06-15'), UNITS, '2026-01-01')).toBe('45');
    expect(localityOf('UBND tỉnh Quảng Trị', null, d('2025-09'), UNITS, '2026-01-01')).toBe('44');
    expect(localityOf('UBND thành phố Quảng Ngãi', null, d('2024'), UNITS, '2026-01-01')).toBe('522');
  });

  it('uses the parent body to tell apart two units of the same name', () => {
    expect(localityOf('UBND huyện Tân Phú', null, d('2024'), UNITS, '2026-01-01')).toBeNull();
    expect(localityOf('UBND huyện Tân Phú', 'UBND tỉnh Quảng Ngãi', d('2024'), UNITS, '2026-01-01')).toBe('902');
  });

  it('suggests nothing for a unit gone at the date, or an unknown one', () => {
    expect(localityOf('UBND thành phố Quảng Ngãi', null, d('2025-08-01'), UNITS, '2026-01-01')).toBeNull();
    expect(localityOf('UBND huyện Mộ Đức', null, d('2024'), UNITS, '2026-01-01')).toBeNull();
  });
});

describe('placeNames', () => {
  it('names the unit and those above it', () => {
    expect(Object.fromEntries(placeNames('522', '2024-12-31', UNITS))).toEqual({ 'thành phố': 'Quảng Ngãi', tỉnh: 'Quảng Ngãi' });
  });
});
