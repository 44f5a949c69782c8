import { describe, expect, it } from 'vitest';
import { formatDifference, formatQuantity } from './quantity.ts';

describe('formatQuantity', () => {
  it('writes the unit after the number, a percent sign without a space', () => {
    expect(formatQuantity(42, 'xã')).toBe('42 xã');
    expect(formatQuantity(16.25, 'tiêu chí', { decimals: 1 })).toBe('16,3 tiêu chí');
    expect(formatQuantity(79.3, '%')).toBe('79,3%');
    expect(formatQuantity(25608.6, 'triệu đồng')).toBe('25.608,6 triệu đồng');
    expect(formatQuantity(7, '')).toBe('7');
  });
});

describe('formatDifference', () => {
  it('signs a difference with plus or a true minus sign', () => {
    expect(formatDifference(7, 'xã')).toBe('+7 xã');
    expect(formatDifference(-2.5, 'tiêu chí')).toBe('\u22122,5 tiêu chí');
    expect(formatDifference(-0.7, '%', { decimals: 1 })).toBe('\u22120,7%');
  });

  it('writes zero, and what rounds to it, without a sign', () => {
    expect(formatDifference(0, 'xã')).toBe('0 xã');
    expect(formatDifference(-0.04, '%', { decimals: 1 })).toBe('0,0%');
  });
});
