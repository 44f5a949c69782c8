import { describe, expect, it } from 'vitest';
import { buildDay } from './build-day.ts';

const now = () => new Date('2026-11-24T03:00:00Z');

describe('buildDay', () => {
  it('is the day of SOURCE_DATE_EPOCH when set, whatever the clock says', () => {
    expect(buildDay({ SOURCE_DATE_EPOCH: '1706227200' }, now)).toBe('2024-01-26');
    expect(buildDay({ SOURCE_DATE_EPOCH: '1706313599' }, now)).toBe('2024-01-26');
  });

  it('is today (UTC) without it, or when it is not a number of seconds', () => {
    expect(buildDay({}, now)).toBe('2026-11-24');
    expect(buildDay({ SOURCE_DATE_EPOCH: '' }, now)).toBe('2026-11-24');
    expect(buildDay({ SOURCE_DATE_EPOCH: '2024-01-26' }, now)).toBe('2026-11-24');
  });
});
