import { describe, expect, it } from 'vitest';
import { groupAssessments } from './group-assessments.ts';
import { indexUnits } from '../units/unit-index.ts';
import type { AssessmentRow } from '../../schemas/assessment.ts';

const units = indexUnits([
  { code: '29489', valid_to: '2025-06-30' },
  { code: '29489', valid_from: '2025-07-01' },
]);
const row = (year: number, criterion: number, met: boolean, extra: Partial<AssessmentRow> = {}) => ({
  file: `data/assessments/86-vinh-long/${year}.csv`,
  line: criterion + 1,
  raw: {},
  data: { unit: { code: '29489' }, year, set: 'qd-318-2022', criterion, met, illustrative: false, ...extra } as AssessmentRow,
});

describe('groupAssessments', () => {
  it('makes one assessment per unit, year and set, criteria in order', () => {
    const groups = groupAssessments([row(2024, 2, false), row(2024, 1, true)], units);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.results.map((r) => [r.criterion, r.met])).toEqual([[1, true], [2, false]]);
  });

  it('attributes a reused code to the unit in force at the assessment date', () => {
    const [before, after] = groupAssessments([row(2024, 1, true), row(2025, 1, true)], units);
    expect(before!.unit).toBe('29489:-');
    expect(after!.unit).toBe('29489:2025-07-01');
  });

  it('uses the pinned date of a unit reference', () => {
    const [g] = groupAssessments([row(2025, 1, true, { unit: { code: '29489', at: '2025-01-01' } })], units);
    expect(g!.unit).toBe('29489:-');
  });

  it('marks the whole assessment illustrative when any row is', () => {
    const [g] = groupAssessments([row(2024, 1, true), row(2024, 2, true, { illustrative: true })], units);
    expect(g!.illustrative).toBe(true);
  });

  it('keeps where each result came from', () => {
    const [g] = groupAssessments([row(2024, 3, true)], units);
    expect(g!.results[0]).toMatchObject({ file: 'data/assessments/86-vinh-long/2024.csv', line: 4 });
  });
});
