import { describe, expect, it } from 'vitest';
import { countQueries, toPagefindFilters } from './filters.ts';

const KEYS = ['kind', 'loai', 'nam'] as const;

describe('toPagefindFilters', () => {
  it('makes each filter match any of its values and leaves out empty ones', () => {
    expect(toPagefindFilters({ loai: ['Công văn', 'Thông báo'], nam: [] })).toEqual({ loai: { any: ['Công văn', 'Thông báo'] } });
    expect(toPagefindFilters({})).toEqual({});
  });
});

describe('countQueries', () => {
  it('needs one search when nothing is chosen', () => {
    expect(countQueries(KEYS, {})).toEqual([{ keys: ['kind', 'loai', 'nam'], filters: {} }]);
  });

  it('counts a chosen filter without itself, and the others under the whole selection', () => {
    expect(countQueries(KEYS, { loai: ['Công văn'], nam: ['2024', '2020'] })).toEqual([
      { keys: ['kind'], filters: { loai: { any: ['Công văn'] }, nam: { any: ['2024', '2020'] } } },
      { keys: ['loai'], filters: { nam: { any: ['2024', '2020'] } } },
      { keys: ['nam'], filters: { loai: { any: ['Công văn'] } } },
    ]);
  });
});
