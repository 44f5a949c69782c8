import { describe, expect, it } from 'vitest';
import { dataDates } from './data-dates.ts';

describe('dataDates', () => {
  it('takes an assessment’s day, or the end of its year', () => {
    const rows = [{ year: '2021', as_of: '' }, { year: '2024', as_of: '2024-06-30' }, { year: '2026', as_of: '' }];
    expect(dataDates('assessments', rows, '2026-11-24')).toEqual({ first: '2021-12-31', last: '2026-12-31', latestPast: '2024-06-30' });
  });

  it('reads partial periods of figures to their last day', () => {
    expect(dataDates('figures', [{ period: '2023-01' }, { period: '2030' }], '2026-01-01')).toEqual({ first: '2023-01-31', last: '2030-12-31', latestPast: '2023-01-31' });
  });

  it('reads both ends of a unit’s validity', () => {
    expect(dataDates('units', [{ valid_from: '', valid_to: '2025-06-30' }, { valid_from: '2025-07-01', valid_to: '' }], '2026-01-01')).toEqual({
      first: '2025-06-30',
      last: '2025-07-01',
      latestPast: '2025-07-01',
    });
  });

  it('gives nothing for a dataset without dates', () => {
    expect(dataDates('indicators', [{ indicator: 'x' }], '2026-01-01')).toEqual({});
  });
});
