import { describe, expect, it } from 'vitest';
import { MILLION_VND_UNIT, formatInteger, formatMillionVnd, formatNumber, formatPercent } from './number.ts';

const NO_BREAK_SPACES = /[\u00A0\u202F]/u;

describe('formatNumber', () => {
  it('groups thousands with "." and marks decimals with ","', () => {
    expect(formatNumber(25608.6)).toBe('25.608,6');
  });

  it('shows only the decimals the value has when none are fixed', () => {
    expect(formatNumber(58759.9)).toBe('58.759,9');
    expect(formatNumber(100)).toBe('100');
  });

  it('rounds to at most 3 decimals by default', () => {
    expect(formatNumber(1.23456)).toBe('1,235');
  });

  it('fixes the number of decimals when asked', () => {
    expect(formatNumber(42, { decimals: 2 })).toBe('42,00');
    expect(formatNumber(25608.65, { decimals: 1 })).toBe('25.608,7');
  });

  it('groups a four-digit number', () => {
    expect(formatNumber(1234)).toBe('1.234');
  });

  it('writes a negative number with a hyphen-minus', () => {
    expect(formatNumber(-1234.5)).toBe('-1.234,5');
  });

  it('prints no sign on negative zero', () => {
    expect(formatNumber(-0)).toBe('0');
    expect(formatNumber(-0.04, { decimals: 1 })).toBe('0,0');
  });

  it('throws on NaN and infinity', () => {
    expect(() => formatNumber(Number.NaN)).toThrow(RangeError);
    expect(() => formatNumber(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });

  it('throws on an invalid decimals option', () => {
    expect(() => formatNumber(1, { decimals: -1 })).toThrow(RangeError);
    expect(() => formatNumber(1, { decimals: 1.5 })).toThrow(RangeError);
  });
});

describe('formatInteger', () => {
  it('groups a large integer', () => {
    expect(formatInteger(1234567)).toBe('1.234.567');
  });

  it('rounds away the fraction', () => {
    expect(formatInteger(85.6)).toBe('86');
  });
});

describe('formatMillionVnd', () => {
  it('appends the unit after a plain space', () => {
    expect(formatMillionVnd(25608.6)).toBe('25.608,6 triệu đồng');
  });

  it('passes the decimals option through', () => {
    expect(formatMillionVnd(58759.9, { decimals: 0 })).toBe(`58.760 ${MILLION_VND_UNIT}`);
  });

  it('contains no no-break space', () => {
    expect(formatMillionVnd(1234.5)).not.toMatch(NO_BREAK_SPACES);
  });
});

describe('formatPercent', () => {
  it('writes a ratio as a percentage with one decimal and no space before %', () => {
    expect(formatPercent(25608.6 / 58759.9)).toBe('43,6%');
  });

  it('keeps the fixed decimals on a round value', () => {
    expect(formatPercent(0.5)).toBe('50,0%');
  });

  it('accepts another number of decimals', () => {
    expect(formatPercent(42 / 85, 0)).toBe('49%');
    expect(formatPercent(0.12345, 2)).toBe('12,35%');
  });

  it('groups thousands above 1000 %', () => {
    expect(formatPercent(12.5, 0)).toBe('1.250%');
  });

  it('contains no no-break space', () => {
    expect(formatPercent(0.436)).not.toMatch(NO_BREAK_SPACES);
  });
});
