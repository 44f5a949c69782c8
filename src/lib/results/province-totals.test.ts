import { describe, expect, it } from 'vitest';
import { provinceTotals } from './province-totals.ts';
import type { Assessment } from '../criteria/group-assessments.ts';

const criteria = [1, 2].map((number) => ({ set: 's', number, name: `Tiêu chí ${number}` }));
const assessment = (unit: string, year: number, met: boolean[], illustrative = false): Assessment => ({
  id: `${unit}/${year}/s`,
  unit,
  year,
  as_of: `${year}-12-31`,
  set: 's',
  illustrative,
  results: met.map((m, i) => ({ criterion: i + 1, met: m, file: 'f.csv', line: i + 2 })),
});
// Two old communes of a former province and one current commune, all in today's province P.
const provinceOf = new Map([
  ['old-a', 'P'],
  ['old-b', 'P'],
  ['new-c', 'P'],
]);

describe('provinceTotals', () => {
  it('counts, completes and averages per province, year and set', () => {
    const rows = provinceTotals([assessment('old-a', 2024, [true, true]), assessment('old-b', 2024, [true, false])], provinceOf, criteria);
    expect(rows).toEqual([{ province: 'P', year: 2024, set: 's', count: 2, complete: 1, average: 1.5, illustrative: false }]);
  });

  it('keeps years apart and in order', () => {
    const rows = provinceTotals([assessment('new-c', 2026, [true, true]), assessment('old-a', 2024, [false, false])], provinceOf, criteria);
    expect(rows.map((r) => r.year)).toEqual([2024, 2026]);
  });

  it('marks a total illustrative when any assessment in it is', () => {
    const rows = provinceTotals([assessment('old-a', 2024, [true, true]), assessment('old-b', 2024, [true, true], true)], provinceOf, criteria);
    expect(rows[0]!.illustrative).toBe(true);
  });

  it('leaves out units outside any known province', () => {
    expect(provinceTotals([assessment('elsewhere', 2024, [true, true])], provinceOf, criteria)).toEqual([]);
  });
});
