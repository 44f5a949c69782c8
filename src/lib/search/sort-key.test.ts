import { describe, expect, it } from 'vitest';
import { dateSortKey } from './sort-key.ts';

describe('dateSortKey', () => {
  it('writes a day, a month or a year as eight digits, unknown parts as 00', () => {
    expect(dateSortKey('2020-06-15')).toBe('20200615');
    expect(dateSortKey('2024-01')).toBe('20240100');
    expect(dateSortKey('2024')).toBe('20240000');
  });

  it('gives undated or unreadable dates the lowest key, so they come last when newest come first', () => {
    expect(dateSortKey('')).toBe('00000000');
    expect(dateSortKey('15/06/2020')).toBe('00000000');
    const keys = ['2024', '', '2020-06-15', '2024-01'].map(dateSortKey).sort().reverse();
    expect(keys).toEqual(['20240100', '20240000', '20200615', '00000000']);
  });
});
