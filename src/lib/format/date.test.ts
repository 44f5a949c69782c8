import { describe, expect, it } from 'vitest';
import { parsePartialDate, type PartialDate } from '../dates/partial-date.ts';
import { MONTH_PREFIX, UNDATED_LABEL, YEAR_PREFIX, formatDate, formatPartialDate } from './date.ts';

const date = (s: string): PartialDate => {
  const d = parsePartialDate(s);
  if (!d) throw new Error(`fixture ${s} must parse`);
  return d;
};

describe('formatDate', () => {
  it('writes day/month/year with leading zeros', () => {
    expect(formatDate('2024-01-26')).toBe('26/01/2024');
  });

  it('pads a single-digit day', () => {
    expect(formatDate('2020-03-05')).toBe('05/03/2020');
  });

  it('does not shift the day at the year boundary', () => {
    expect(formatDate('2023-12-31')).toBe('31/12/2023');
    expect(formatDate('2024-01-01')).toBe('01/01/2024');
  });

  it('throws on a partial date', () => {
    expect(() => formatDate('2024-01')).toThrow(RangeError);
  });

  it('throws on an impossible or foreign-format date', () => {
    expect(() => formatDate('2023-02-30')).toThrow(RangeError);
    expect(() => formatDate('26/01/2024')).toThrow(RangeError);
  });
});

describe('formatPartialDate', () => {
  it('writes a full date', () => {
    expect(formatPartialDate(date('2020-06-15'))).toBe('15/06/2020');
  });

  it('writes a month-only date', () => {
    expect(formatPartialDate(date('2024-01'))).toBe('tháng 01/2024');
  });

  it('writes a year-only date without thousands grouping', () => {
    expect(formatPartialDate(date('2024'))).toBe('năm 2024');
  });

  it('labels an undated document', () => {
    expect(formatPartialDate(date(''))).toBe('không ghi ngày');
  });

  it('builds its words from the exported constants', () => {
    expect(formatPartialDate(date('2024-12'))).toBe(`${MONTH_PREFIX} 12/2024`);
    expect(formatPartialDate(date('1999'))).toBe(`${YEAR_PREFIX} 1999`);
    expect(formatPartialDate(date(''))).toBe(UNDATED_LABEL);
  });

  it('contains no no-break space', () => {
    expect(formatPartialDate(date('2024-01'))).not.toMatch(/[\u00A0\u202F]/u);
  });
});
