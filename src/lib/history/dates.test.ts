import { describe, expect, it } from 'vitest';
import { formatCommitDay, shortHash, vietnamDay } from './dates.ts';

describe('vietnamDay', () => {
  it('gives the day in Vietnam whatever offset the commit was made with', () => {
    expect(vietnamDay('2024-01-01T16:59:59Z')).toBe('2024-01-01');
    expect(vietnamDay('2024-01-01T17:00:00Z')).toBe('2024-01-02');
    expect(vietnamDay('2024-01-01T20:00:00-05:00')).toBe('2024-01-02');
    expect(vietnamDay('2024-01-02T06:59:00+07:00')).toBe('2024-01-02');
  });

  it('refuses what is not an instant', () => {
    expect(() => vietnamDay('hôm qua')).toThrow(RangeError);
  });
});

describe('formatCommitDay and shortHash', () => {
  it('format as dd/mm/yyyy and seven hex digits', () => {
    expect(formatCommitDay('2026-11-23T23:53:40+00:00')).toBe('24/11/2026');
    expect(shortHash('3e3b313eaabd389a35c03abe0e17e65dbaa964c2')).toBe('3e3b313');
  });
});
