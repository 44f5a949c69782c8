import { describe, expect, it } from 'vitest';
import { recognisedCount, recognisedRanks, scopeFigures, type ScopeFiguresInput } from './scope-figures.ts';
import type { Assessment } from '../criteria/group-assessments.ts';

// A set of 4 criteria with three levels, and a second set of 2 criteria: sizes come from the data.
const criteria = [
  ...[1, 2, 3, 4].map((number) => ({ set: 'a', number, name: `A${number}` })),
  ...[1, 2].map((number) => ({ set: 'b', number, name: `B${number}` })),
];
const levels = [
  { set: 'a', level: 'dat-chuan', name: 'Đạt chuẩn', rank: 1 },
  { set: 'a', level: 'nang-cao', name: 'Nâng cao', rank: 2 },
  { set: 'a', level: 'kieu-mau', name: 'Kiểu mẫu', rank: 3 },
  { set: 'b', level: 'dat-chuan', name: 'Đạt chuẩn', rank: 1 },
];
const assessment = (unit: string, met: boolean[], year = 2024, set = 'a', illustrative = false, asOf = `${year}-12-31`): Assessment => ({
  id: `${unit}/${year}/${set}`,
  unit,
  year,
  as_of: asOf,
  set,
  illustrative,
  results: met.map((m, i) => ({ criterion: i + 1, met: m, file: 'f.csv', line: i + 2 })),
});
const input = (over: Partial<ScopeFiguresInput> = {}): ScopeFiguresInput => ({
  year: 2024,
  set: 'a',
  communes: ['c1', 'c2', 'c3', 'c4', 'c5'],
  assessments: [
    assessment('c1', [true, true, true, true]),
    assessment('c2', [true, true, true, true]),
    assessment('c3', [true, true, true, false]),
    assessment('c4', [false, false, true, false]),
  ],
  recognitions: [
    { unit: 'c1', set: 'a', level: 'dat-chuan', year: 2022 },
    { unit: 'c1', set: 'a', level: 'nang-cao', year: 2024 },
  ],
  criteria,
  levels,
  ...over,
});

describe('scopeFigures', () => {
  it('counts communes, assessments, complete ones and the average', () => {
    const f = scopeFigures(input());
    expect(f).toMatchObject({ total: 4, communes: 5, assessed: 4, complete: 2, averageMet: (4 + 4 + 3 + 1) / 4 });
  });

  it('counts each level as “at least”, and complete communes not yet recognised', () => {
    const f = scopeFigures(input());
    expect(f.levels.map((l) => [l.level, l.count])).toEqual([
      ['dat-chuan', 1],
      ['nang-cao', 1],
      ['kieu-mau', 0],
    ]);
    expect(recognisedCount(f)).toBe(1);
    expect(f.completeNotRecognised).toBe(1);
  });

  it('ignores recognitions for later years and under other sets', () => {
    const f = scopeFigures(input({ recognitions: [{ unit: 'c2', set: 'a', level: 'dat-chuan', year: 2025 }, { unit: 'c2', set: 'b', level: 'dat-chuan', year: 2024 }] }));
    expect(recognisedCount(f)).toBe(0);
    expect(f.completeNotRecognised).toBe(2);
  });

  it('ignores recognitions of communes outside the scope', () => {
    expect(recognisedCount(scopeFigures(input({ recognitions: [{ unit: 'elsewhere', set: 'a', level: 'dat-chuan', year: 2020 }] })))).toBe(0);
  });

  it('distributes by bands of the set in force', () => {
    const f = scopeFigures(input());
    // 4 criteria: bands 4, 3, 2, 1, 0.
    expect(f.distribution.map((b) => [b.from, b.to, b.count])).toEqual([
      [4, 4, 2],
      [3, 3, 1],
      [2, 2, 0],
      [1, 1, 1],
      [0, 0, 0],
    ]);
  });

  it('uses only the year and set asked for, with that set’s size', () => {
    const f = scopeFigures(input({ year: 2026, set: 'b', assessments: [assessment('c1', [true, true], 2026, 'b'), assessment('c2', [true, true, true, true])] }));
    expect(f).toMatchObject({ total: 2, assessed: 1, complete: 1 });
    expect(f.levels.map((l) => l.level)).toEqual(['dat-chuan']);
  });

  it('counts an assessed unit missing from the commune list, and has no average without assessments', () => {
    expect(scopeFigures(input({ communes: [] })).communes).toBe(4);
    const none = scopeFigures(input({ assessments: [] }));
    expect(none.averageMet).toBeUndefined();
    expect(none.assessed).toBe(0);
  });

  it('describes the latest assessment day, or the year end', () => {
    expect(scopeFigures(input()).asOf).toBe('2024-12-31');
    expect(scopeFigures(input({ assessments: [assessment('c1', [true], 2024, 'a', false, '2024-06-30')] })).asOf).toBe('2024-06-30');
    expect(scopeFigures(input({ assessments: [] })).asOf).toBe('2024-12-31');
  });

  it('flags invented assessments and invented recognitions separately', () => {
    const f = scopeFigures(input({ assessments: [assessment('c1', [true, true, true, true], 2024, 'a', true)] }));
    expect(f.illustrative).toBe(true);
    expect(f.recognitionsIllustrative).toBe(false);
    expect(scopeFigures(input({ recognitions: [{ unit: 'c1', set: 'a', level: 'dat-chuan', year: 2024, illustrative: true }] })).recognitionsIllustrative).toBe(true);
  });
});

describe('recognisedRanks', () => {
  it('keeps the highest rank reached by each unit', () => {
    const ranks = recognisedRanks(input().recognitions, levels, 'a', 2024);
    expect([...ranks]).toEqual([['c1', 2]]);
  });
});
