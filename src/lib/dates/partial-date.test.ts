import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  parsePartialDate,
  parseVietnameseDateLine,
  partialDateEnd,
  partialDateSortKey,
  type PartialDate,
} from './partial-date.ts';

const date = (s: string): PartialDate => {
  const d = parsePartialDate(s);
  if (!d) throw new Error(`fixture ${s} must parse`);
  return d;
};

describe('parsePartialDate', () => {
  it('reads a full date', () => {
    expect(parsePartialDate('2020-06-15')).toEqual({ year: 2020, month: 6, day: 15, precision: 'day', iso: '2020-06-15' });
  });

  it('reads a month', () => {
    expect(parsePartialDate('2024-01')).toEqual({ year: 2024, month: 1, day: null, precision: 'month', iso: '2024-01' });
  });

  it('reads a year', () => {
    expect(parsePartialDate('2024')).toEqual({ year: 2024, month: null, day: null, precision: 'year', iso: '2024' });
  });

  it('reads the empty string as undated', () => {
    expect(parsePartialDate('')).toEqual({ year: null, month: null, day: null, precision: 'none', iso: '' });
  });

  it('accepts 29 February in a leap year', () => {
    expect(parsePartialDate('2024-02-29')?.precision).toBe('day');
  });

  it('rejects an impossible day', () => {
    expect(parsePartialDate('2023-02-30')).toBeNull();
    expect(parsePartialDate('2023-02-29')).toBeNull();
    expect(parsePartialDate('2024-04-31')).toBeNull();
  });

  it('rejects month 00 and 13', () => {
    expect(parsePartialDate('2024-00')).toBeNull();
    expect(parsePartialDate('2024-13')).toBeNull();
  });

  it('rejects day 00', () => {
    expect(parsePartialDate('2024-01-00')).toBeNull();
  });

  it('rejects other layouts', () => {
    for (const s of ['26/01/2024', '2024-1-5', '2024-1', '24', ' 2024', '2024-01-15T00:00', 'năm 2024', '0999']) {
      expect(parsePartialDate(s), s).toBeNull();
    }
  });
});

describe('partialDateSortKey', () => {
  it('orders dates of mixed precision chronologically', () => {
    const isos = ['2024-01-15', '', '2023', '2024-01', '2020-06-15', '2024'];
    const sorted = [...isos].sort((a, b) => {
      const ka = partialDateSortKey(date(a));
      const kb = partialDateSortKey(date(b));
      return ka < kb ? -1 : ka > kb ? 1 : 0;
    });
    expect(sorted).toEqual(['2020-06-15', '2023', '2024', '2024-01', '2024-01-15', '']);
  });

  it('puts undated after every dated value', () => {
    expect(partialDateSortKey(date('')) > partialDateSortKey(date('9999-12-31'))).toBe(true);
  });

  it('is digits only, so localeCompare agrees with <', () => {
    expect(partialDateSortKey(date('2024-01'))).toBe('20240100');
    expect(partialDateSortKey(date(''))).toMatch(/^\d{8}$/);
  });
});

describe('partialDateEnd', () => {
  it('returns the day itself for a full date', () => {
    expect(partialDateEnd(date('2020-06-15'))).toBe('2020-06-15');
  });

  it('returns the last day of the month', () => {
    expect(partialDateEnd(date('2024-02'))).toBe('2024-02-29');
    expect(partialDateEnd(date('2023-02'))).toBe('2023-02-28');
    expect(partialDateEnd(date('2024-04'))).toBe('2024-04-30');
  });

  it('returns 31 December for a year', () => {
    expect(partialDateEnd(date('2024'))).toBe('2024-12-31');
  });

  it('returns null when undated', () => {
    expect(partialDateEnd(date(''))).toBeNull();
  });
});

describe('parseVietnameseDateLine', () => {
  it('reads a line with day and month left blank', () => {
    expect(parseVietnameseDateLine('TP. Quảng Ngãi, ngày tháng năm 2024')).toEqual({ place: 'TP. Quảng Ngãi', date: date('2024') });
  });

  it('reads a line with only the day left blank', () => {
    expect(parseVietnameseDateLine('Tân Uyên, ngày tháng 01 năm 2024')).toEqual({ place: 'Tân Uyên', date: date('2024-01') });
  });

  it('reads a full date in words', () => {
    expect(parseVietnameseDateLine('Quảng Trị, ngày 15 tháng 6 năm 2020')).toEqual({ place: 'Quảng Trị', date: date('2020-06-15') });
  });

  it('reads a numeric date', () => {
    expect(parseVietnameseDateLine('Hà Nội, ngày 26/01/2024')).toEqual({ place: 'Hà Nội', date: date('2024-01-26') });
  });

  it('reads a numeric date with single-digit parts and dashes', () => {
    expect(parseVietnameseDateLine('ngày 5-3-2020')?.date.iso).toBe('2020-03-05');
  });

  it('has no place when the line starts with "ngày"', () => {
    expect(parseVietnameseDateLine('ngày 05 tháng 01 năm 2020')).toEqual({ place: null, date: date('2020-01-05') });
  });

  it('reads capitalised "Ngày", italics markers and a final dot', () => {
    expect(parseVietnameseDateLine('*Hà Nội, Ngày 05 tháng 01 năm 2020.*')?.date.iso).toBe('2020-01-05');
  });

  it('reads dotted blanks left for handwriting', () => {
    expect(parseVietnameseDateLine('Kon Tum, ngày ….. tháng ….. năm 2023')?.date.iso).toBe('2023');
  });

  it('reads a wholly blank date as undated', () => {
    expect(parseVietnameseDateLine('Tân Uyên, ngày tháng năm')?.date.precision).toBe('none');
  });

  it('drops a day whose month is blank', () => {
    expect(parseVietnameseDateLine('Quảng Trị, ngày 15 tháng năm 2020')?.date.iso).toBe('2020');
  });

  it('collapses repeated spaces in the place', () => {
    expect(parseVietnameseDateLine('  TP.  Quảng Ngãi ,  ngày   tháng năm 2024 ')?.place).toBe('TP. Quảng Ngãi');
  });

  it('composes decomposed text before reading', () => {
    expect(parseVietnameseDateLine('Quảng Trị, nga\u0300y 15 tha\u0301ng 6 năm 2020')?.date.iso).toBe('2020-06-15');
  });

  it('returns null for an impossible date', () => {
    expect(parseVietnameseDateLine('Hà Nội, ngày 30 tháng 02 năm 2024')).toBeNull();
  });

  it('returns null for a sentence that merely contains a date', () => {
    expect(parseVietnameseDateLine('Ngày 19/01/2024, đồng chí Chủ tịch chủ trì cuộc họp')).toBeNull();
    expect(parseVietnameseDateLine('Thông báo số 43/TB-UBND ngày 26/01/2024 của UBND tỉnh')).toBeNull();
  });

  it('returns null for page chrome', () => {
    expect(parseVietnameseDateLine('Ngày đăng: 02/02/2023  23:35')).toBeNull();
    expect(parseVietnameseDateLine('Chủ nhật, Ngày 25/02/2024 -')).toBeNull();
  });

  it('returns null for an empty line', () => {
    expect(parseVietnameseDateLine('')).toBeNull();
  });
});

// The real seed documents, when the shared folder is present next to the repo.
const SEEDS = fileURLToPath(new URL('../../../../shared/seeds/', import.meta.url));
const haveSeeds = existsSync(SEEDS);
if (!haveSeeds) console.warn(`[partial-date.test] ${SEEDS} not found: skipping the seed-document checks (own fixtures still run).`);

describe.skipIf(!haveSeeds)('parseVietnameseDateLine on the seed documents', () => {
  /** The first line of the document that reads as a place-and-date line. */
  const dateLine = (name: string) =>
    readFileSync(`${SEEDS}${name}`, 'utf8')
      .split('\n')
      .map(parseVietnameseDateLine)
      .find((d) => d !== null);

  it('reads the year-only date of seed 000', () => {
    expect(dateLine('000_8c87c25726be7be8.txt')).toEqual({ place: 'TP. Quảng Ngãi', date: date('2024') });
  });

  it('reads the month-only date of seed 002', () => {
    expect(dateLine('002_4a82dbd924c041c9.txt')).toEqual({ place: 'Tân Uyên', date: date('2024-01') });
  });

  it('reads the full date of seed 004', () => {
    expect(dateLine('004_abe45f841ef3565f.txt')).toEqual({ place: 'Quảng Trị', date: date('2020-06-15') });
  });

  it('finds no date line in the news articles', () => {
    expect(dateLine('001_2081b58e4683f178.txt')).toBeUndefined();
    expect(dateLine('003_5a3f0870451a0774.txt')).toBeUndefined();
  });
});
