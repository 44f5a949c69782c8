import { describe, expect, it } from 'vitest';
import { UNKNOWN_INSTANT, partialDateInstant, vietnamMidnight } from './timestamp.ts';

describe('partialDateInstant', () => {
  it('puts a full date at midnight in Vietnam', () => {
    expect(partialDateInstant('2020-06-15', UNKNOWN_INSTANT)).toBe('2020-06-15T00:00:00+07:00');
  });

  it('puts a month-only or year-only date at the start of what is known', () => {
    expect(partialDateInstant('2024-01', UNKNOWN_INSTANT)).toBe('2024-01-01T00:00:00+07:00');
    expect(partialDateInstant('2024', UNKNOWN_INSTANT)).toBe('2024-01-01T00:00:00+07:00');
  });

  it('keeps the library order: a month sorts no later than a day in it', () => {
    expect(Date.parse(partialDateInstant('2024-01', UNKNOWN_INSTANT))).toBeLessThanOrEqual(Date.parse(partialDateInstant('2024-01-26', UNKNOWN_INSTANT)));
  });

  it('uses the fallback for a blank or unreadable date, never the current time', () => {
    expect(partialDateInstant('', vietnamMidnight('2025-03-01'))).toBe('2025-03-01T00:00:00+07:00');
    expect(partialDateInstant('15/06/2020', UNKNOWN_INSTANT)).toBe(UNKNOWN_INSTANT);
  });
});
