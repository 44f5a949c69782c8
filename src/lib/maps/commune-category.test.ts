import { describe, expect, it } from 'vitest';
import { categoriesOf, communeCategory, levelPhrase, mapYear, NO_DATA, NOT_MET, type LevelLike } from './commune-category.ts';

const levels: LevelLike[] = [
  { set: 'old', level: 'nang-cao', name: 'Xã nông thôn mới nâng cao', rank: 2 },
  { set: 'old', level: 'dat-chuan', name: 'Xã đạt chuẩn nông thôn mới', rank: 1 },
  { set: 'old', level: 'kieu-mau', name: 'Xã nông thôn mới kiểu mẫu', rank: 3 },
  { set: 'new', level: 'dat-chuan', name: 'Xã đạt chuẩn nông thôn mới', rank: 1 },
  { set: 'new', level: 'hien-dai', name: 'Xã nông thôn mới hiện đại (thí điểm)', rank: 2 },
];

describe('categoriesOf', () => {
  it('orders not met, the set’s levels from the lowest, then no data', () => {
    expect(categoriesOf('old', levels).map((c) => [c.key, c.rank])).toEqual([[NOT_MET, 0], ['dat-chuan', 1], ['nang-cao', 2], ['kieu-mau', 3], [NO_DATA, -1]]);
    expect(categoriesOf('new', levels).map((c) => c.key)).toEqual([NOT_MET, 'dat-chuan', 'hien-dai', NO_DATA]);
  });
});

describe('communeCategory', () => {
  it('is the highest level recognised under the set by that year', () => {
    const recognitions = [
      { set: 'old', level: 'dat-chuan', year: 2021 },
      { set: 'old', level: 'nang-cao', year: 2023 },
      { set: 'old', level: 'kieu-mau', year: 2025 },
      { set: 'new', level: 'hien-dai', year: 2024 },
    ];
    expect(communeCategory({ recognitions, assessment: { complete: false } }, 'old', 2024, levels)).toBe('nang-cao');
    expect(communeCategory({ recognitions }, 'old', 2022, levels)).toBe('dat-chuan');
  });

  it('falls back to the assessment: all criteria met is the set’s first level, otherwise not met', () => {
    expect(communeCategory({ recognitions: [], assessment: { complete: true } }, 'new', 2026, levels)).toBe('dat-chuan');
    expect(communeCategory({ recognitions: [], assessment: { complete: false } }, 'new', 2026, levels)).toBe(NOT_MET);
  });

  it('ignores recognitions under another set', () => {
    expect(communeCategory({ recognitions: [{ set: 'old', level: 'kieu-mau', year: 2022 }], assessment: { complete: false } }, 'new', 2026, levels)).toBe(NOT_MET);
  });

  it('is no data without a recognition or an assessment', () => {
    expect(communeCategory({ recognitions: [] }, 'old', 2024, levels)).toBe(NO_DATA);
  });

  it('refuses a set without levels rather than invent a name', () => {
    expect(() => communeCategory({ recognitions: [], assessment: { complete: true } }, 'unknown', 2024, levels)).toThrow(/no levels/);
  });
});

describe('mapYear', () => {
  it('is the latest year assessed, under the set most assessments of that year use', () => {
    expect(mapYear([{ year: 2025, set: 'old' }, { year: 2026, set: 'new' }, { year: 2026, set: 'old' }, { year: 2026, set: 'new' }])).toEqual({ year: 2026, set: 'new' });
  });

  it('is undefined when nothing was assessed', () => {
    expect(mapYear([])).toBeUndefined();
  });
});

describe('levelPhrase', () => {
  it('drops the leading “Xã” so the phrase can follow a commune’s name', () => {
    expect(levelPhrase('Xã nông thôn mới hiện đại (thí điểm)')).toBe('nông thôn mới hiện đại (thí điểm)');
    expect(levelPhrase('Đạt chuẩn')).toBe('Đạt chuẩn');
  });
});
