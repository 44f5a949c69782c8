import type { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import {
  code,
  count,
  decimal,
  flag,
  isoDate,
  isRealDate,
  nonNegative,
  oneOf,
  optional,
  optionalFlag,
  optionalText,
  partialDate,
  slug,
  text,
  unitCode,
  url,
  year,
  YEAR_MAX,
  YEAR_MIN,
} from './fields.ts';

/** The parsed value, or the messages a publisher would read. */
const parse = (schema: z.ZodType, value: string): { ok: unknown } | { error: string[] } => {
  const r = schema.safeParse(value);
  return r.success ? { ok: r.data } : { error: r.error.issues.map((i) => i.message) };
};

const REQUIRED = 'không được để trống';
const ISO_DATE = 'cần ngày viết năm-tháng-ngày, ví dụ 2024-01-26';
const IMPOSSIBLE = 'ngày không tồn tại';
const PARTIAL = 'cần ngày viết năm-tháng-ngày (2024-01-26), chỉ tháng (2024-01), chỉ năm (2024), hoặc để trống khi văn bản không ghi';
const DECIMAL = 'cần một số viết bằng chữ số, dấu chấm "." cho phần thập phân, không có dấu phân cách hàng nghìn (ví dụ 25608.6)';
const excel = (fixed: string) =>
  `số viết theo kiểu Excel tiếng Việt; trong tệp dữ liệu hãy viết ${fixed} (dấu chấm cho phần thập phân, không phân cách hàng nghìn)`;
const SLUG = 'cần mã viết thường không dấu, nối bằng gạch ngang (ví dụ ngay-thu-7-vi-nong-thon-moi)';
const URL = 'cần địa chỉ đầy đủ bắt đầu bằng https:// hoặc http://';

describe('text', () => {
  it('trims the value', () => {
    expect(parse(text(), '  Quy hoạch ')).toEqual({ ok: 'Quy hoạch' });
  });

  it.each(['', '   '])('refuses blank %j', (v) => {
    expect(parse(text(), v)).toEqual({ error: [REQUIRED] });
  });
});

describe('optionalText', () => {
  it('reads blank as not given', () => {
    expect(parse(optionalText(), '  ')).toEqual({ ok: undefined });
  });

  it('trims a given value', () => {
    expect(parse(optionalText(), ' 85 % ')).toEqual({ ok: '85 %' });
  });
});

describe('optional', () => {
  it('reads a blank cell as not given', () => {
    expect(parse(optional(isoDate()), '')).toEqual({ ok: undefined });
  });

  it('parses a given cell with the inner parser', () => {
    expect(parse(optional(isoDate()), '2024-01-26')).toEqual({ ok: '2024-01-26' });
  });

  it("passes on the inner parser's message", () => {
    expect(parse(optional(isoDate()), '26/01/2024')).toEqual({ error: ['cần ngày viết năm-tháng-ngày; có phải là 2024-01-26?'] });
  });
});

describe('code', () => {
  it('keeps leading zeros', () => {
    expect(parse(code(2), '02')).toEqual({ ok: '02' });
  });

  it('trims spaces around the code', () => {
    expect(parse(code(2), ' 02 ')).toEqual({ ok: '02' });
  });

  it.each(['2', '002', 'ab', ''])('refuses %j for a two-digit code', (v) => {
    expect(parse(code(2), v)).toEqual({ error: ['cần mã số gồm 2 chữ số (giữ số 0 ở đầu, ví dụ "02", "00123")'] });
  });
});

describe('unitCode', () => {
  it.each(['86', '849', '29489', '00123'])('accepts the %j code of a province, district or commune', (v) => {
    expect(parse(unitCode(), v)).toEqual({ ok: v });
  });

  // 03386 saved through Excel becomes 3386: four digits, which no level uses.
  it.each(['3386', '123456', '2948a', ''])('refuses %j, naming every allowed length', (v) => {
    expect(parse(unitCode(), v)).toEqual({
      error: ['cần mã số gồm 2, 3 hoặc 5 chữ số (giữ số 0 ở đầu, ví dụ "02", "00123")'],
    });
  });
});

describe('isRealDate', () => {
  it('accepts 29 February in a leap year', () => {
    expect(isRealDate('2024-02-29')).toBe(true);
  });

  it('refuses 29 February in a common year', () => {
    expect(isRealDate('2023-02-29')).toBe(false);
  });

  it('refuses text that is not an ISO date', () => {
    expect(isRealDate('29/02/2024')).toBe(false);
  });
});

describe('isoDate', () => {
  it('accepts YYYY-MM-DD, trimmed', () => {
    expect(parse(isoDate(), ' 2024-01-26 ')).toEqual({ ok: '2024-01-26' });
  });

  it.each([
    ['26/01/2024', '2024-01-26'],
    ['1/2/2024', '2024-02-01'],
    ['26.01.2024', '2024-01-26'],
    ['26-01-2024', '2024-01-26'],
  ])('refuses the Vietnamese-style %j and suggests %s', (v, iso) => {
    expect(parse(isoDate(), v)).toEqual({ error: [`cần ngày viết năm-tháng-ngày; có phải là ${iso}?`] });
  });

  it('does not suggest a day that does not exist for a Vietnamese-style date', () => {
    expect(parse(isoDate(), '31/02/2024')).toEqual({ error: [IMPOSSIBLE] });
  });

  it.each(['2024-02-30', '2023-02-29', '2024-13-01', '2024-00-10'])('refuses the impossible date %j', (v) => {
    expect(parse(isoDate(), v)).toEqual({ error: [IMPOSSIBLE] });
  });

  it.each(['2024/01/26', '20240126', '2024-1-26', 'tháng 1'])('refuses %j with the expected form', (v) => {
    expect(parse(isoDate(), v)).toEqual({ error: [ISO_DATE] });
  });

  it('refuses blank as required', () => {
    expect(parse(isoDate(), '')).toEqual({ error: [REQUIRED] });
  });
});

describe('partialDate', () => {
  it.each(['2024-02-29', '2024-01', '2024', ''])('accepts %j', (v) => {
    expect(parse(partialDate(), v)).toEqual({ ok: v });
  });

  it('refuses an impossible full date', () => {
    expect(parse(partialDate(), '2023-02-29')).toEqual({ error: [IMPOSSIBLE] });
  });

  it.each(['2024-13', '2024-00', '2024-1', '24', 'năm 2024'])('refuses %j with every accepted form', (v) => {
    expect(parse(partialDate(), v)).toEqual({ error: [PARTIAL] });
  });

  it('refuses a Vietnamese-style date and suggests the ISO form', () => {
    expect(parse(partialDate(), '26/01/2024')).toEqual({ error: ['cần ngày viết năm-tháng-ngày; có phải là 2024-01-26?'] });
  });
});

describe('year', () => {
  it.each([
    [String(YEAR_MIN), YEAR_MIN],
    [String(YEAR_MAX), YEAR_MAX],
    [' 2024 ', 2024],
  ])('accepts %j as the number %i', (v, n) => {
    expect(parse(year(), v)).toEqual({ ok: n });
  });

  it.each(['2009', '2036', '24', '2024.0', ''])('refuses %j with the allowed range', (v) => {
    expect(parse(year(), v)).toEqual({ error: ['cần năm gồm 4 chữ số, từ 2010 đến 2035'] });
  });
});

describe('decimal', () => {
  it.each([
    ['25608.6', 25608.6],
    ['-3', -3],
    ['0', 0],
    [' 42 ', 42],
  ])('accepts %j', (v, n) => {
    expect(parse(decimal(), v)).toEqual({ ok: n });
  });

  it.each([
    ['25.608,6', '25608.6'],
    ['1.234.567,89', '1234567.89'],
    ['43,6', '43.6'],
    ['-0,5', '-0.5'],
  ])('refuses the Excel-style %j and suggests %s', (v, fixed) => {
    expect(parse(decimal(), v)).toEqual({ error: [excel(fixed)] });
  });

  it.each(['12.5.6', 'abc', '1e3', '25 608,6', '.5', '+3', '43,6%'])('refuses %j with the expected form', (v) => {
    expect(parse(decimal(), v)).toEqual({ error: [DECIMAL] });
  });

  it('refuses blank as required', () => {
    expect(parse(decimal(), '')).toEqual({ error: [REQUIRED] });
  });
});

describe('nonNegative', () => {
  it('accepts zero', () => {
    expect(parse(nonNegative(), '0')).toEqual({ ok: 0 });
  });

  it('refuses a negative number', () => {
    expect(parse(nonNegative(), '-1')).toEqual({ error: ['cần một số không âm'] });
  });
});

describe('count', () => {
  it('accepts a whole number, leading zero dropped', () => {
    expect(parse(count(), '03')).toEqual({ ok: 3 });
  });

  it('refuses a fraction', () => {
    expect(parse(count(), '3.5')).toEqual({ error: ['cần một số nguyên'] });
  });

  it('refuses a negative number', () => {
    expect(parse(count(), '-1')).toEqual({ error: ['cần một số không âm'] });
  });
});

describe('flag', () => {
  it.each([
    ['1', true],
    ['0', false],
    [' 1 ', true],
  ])('reads %j as %s', (v, b) => {
    expect(parse(flag(), v)).toEqual({ ok: b });
  });

  it.each(['', '2', 'có', 'true'])('refuses %j', (v) => {
    expect(parse(flag(), v)).toEqual({ error: ['cần 1 (có) hoặc 0 (không)'] });
  });

  it('uses the message chosen for the column', () => {
    expect(parse(flag('cần 1 (đạt) hoặc 0 (chưa đạt)'), 'đạt')).toEqual({ error: ['cần 1 (đạt) hoặc 0 (chưa đạt)'] });
  });
});

describe('optionalFlag', () => {
  it.each([
    ['', false],
    ['0', false],
    ['1', true],
  ])('reads %j as %s', (v, b) => {
    expect(parse(optionalFlag(), v)).toEqual({ ok: b });
  });

  it('refuses anything else', () => {
    expect(parse(optionalFlag(), 'x')).toEqual({ error: ['cần 1 (có) hoặc 0 (không)'] });
  });
});

describe('oneOf', () => {
  const kind = () => oneOf(['full', 'partial'] as const);

  it('accepts a listed value, trimmed', () => {
    expect(parse(kind(), ' partial ')).toEqual({ ok: 'partial' });
  });

  it.each(['Full', '', 'toàn bộ'])('refuses %j, listing the allowed values', (v) => {
    expect(parse(kind(), v)).toEqual({ error: ['cần một trong các giá trị: full, partial'] });
  });
});

describe('slug', () => {
  it.each(['ngay-thu-7-vi-nong-thon-moi', 'qd-318-2022', 'a'])('accepts %j', (v) => {
    expect(parse(slug(), v)).toEqual({ ok: v });
  });

  it.each(['Ngay-thu-7', 'ngày-thứ-7', 'ngay--thu', '-a', 'a-', 'a_b', 'a b', ''])('refuses %j', (v) => {
    expect(parse(slug(), v)).toEqual({ error: [SLUG] });
  });
});

describe('url', () => {
  it.each(['https://nongthonmoi.travinh.gov.vn/a?b=1', 'http://x'])('accepts %j', (v) => {
    expect(parse(url(), v)).toEqual({ ok: v });
  });

  it.each(['ftp://x', 'www.travinh.gov.vn', 'https://a b', ''])('refuses %j', (v) => {
    expect(parse(url(), v)).toEqual({ error: [URL] });
  });
});
