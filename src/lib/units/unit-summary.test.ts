import { describe, expect, it } from 'vitest';
import { groupAverage, highestLevel, summariseUnit } from './unit-summary.ts';
import type { Assessment } from '../criteria/group-assessments.ts';

const criteria = [
  { set: 'a', number: 1, name: 'Quy hoạch', group: 'I' },
  { set: 'a', number: 2, name: 'Giao thông', group: 'II' },
  { set: 'a', number: 3, name: 'Điện', group: 'II' },
  { set: 'b', number: 1, name: 'Quy hoạch' },
];
const assessment = (year: number, set: string, met: boolean[], illustrative = false): Assessment => ({
  id: `u/${year}/${set}`,
  unit: 'u',
  year,
  as_of: `${year}-12-31`,
  set,
  illustrative,
  results: met.map((m, i) => ({ criterion: i + 1, met: m, file: 'f.csv', line: i + 2 })),
});

describe('summariseUnit', () => {
  it('grids the latest assessment against every criterion of its set', () => {
    const s = summariseUnit([assessment(2022, 'a', [true, false, true]), assessment(2021, 'a', [true])], criteria);
    expect(s.latest?.assessment.year).toBe(2022);
    expect(s.latest?.grid.map((r) => r.status)).toEqual(['met', 'not-met', 'met']);
    expect(s.latest?.score).toMatchObject({ met: 2, total: 3 });
  });

  it('shows criteria without a result as not assessed', () => {
    const s = summariseUnit([assessment(2021, 'a', [true])], criteria);
    expect(s.latest?.grid.map((r) => r.status)).toEqual(['met', 'not-assessed', 'not-assessed']);
  });

  it('keeps the history in year order with each set’s own total', () => {
    const s = summariseUnit([assessment(2026, 'b', [true]), assessment(2025, 'a', [true, true, true])], criteria);
    expect(s.history).toEqual([
      { year: 2025, set: 'a', met: 3, total: 3 },
      { year: 2026, set: 'b', met: 1, total: 1 },
    ]);
  });

  it('flags the summary as illustrative when any assessment is', () => {
    expect(summariseUnit([assessment(2021, 'a', [true], true)], criteria).illustrative).toBe(true);
    expect(summariseUnit([], criteria)).toEqual({ history: [], illustrative: false });
  });
});

describe('highestLevel', () => {
  const levels = [
    { set: 'a', level: 'dat-chuan', name: 'Đạt chuẩn', rank: 1 },
    { set: 'a', level: 'nang-cao', name: 'Nâng cao', rank: 2 },
  ];
  it('picks the most recent, then the highest, recognition', () => {
    const r = highestLevel([{ set: 'a', level: 'dat-chuan', year: 2021 }, { set: 'a', level: 'nang-cao', year: 2023 }], levels);
    expect(r?.info?.name).toBe('Nâng cao');
  });
});

describe('groupAverage', () => {
  it('averages only the assessments of that year and set', () => {
    const r = groupAverage([assessment(2022, 'a', [true, true, true]), assessment(2022, 'a', [true]), assessment(2021, 'a', [false])], criteria, 2022, 'a');
    expect(r).toEqual({ average: 2, count: 2, complete: 1 });
  });
});
