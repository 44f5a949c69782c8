import { describe, expect, it } from 'vitest';
import { averageMet, scoreAssessment } from './score.ts';

const set = (n: number) => Array.from({ length: n }, (_, i) => ({ number: i + 1 }));
const results = (met: number[], notMet: number[]) => ({
  results: [...met.map((c) => ({ criterion: c, met: true })), ...notMet.map((c) => ({ criterion: c, met: false }))],
});

describe('scoreAssessment', () => {
  it('counts against the size of the set, whatever it is', () => {
    expect(scoreAssessment(results([1, 2, 3], [4]), set(19))).toMatchObject({ met: 3, total: 19 });
    expect(scoreAssessment(results([1, 2, 3], [4]), set(10))).toMatchObject({ met: 3, total: 10 });
  });

  it('separates criteria not met from criteria not assessed', () => {
    const s = scoreAssessment(results([1, 2], [3]), set(5));
    expect(s.notMet).toEqual([3]);
    expect(s.notAssessed).toEqual([4, 5]);
  });

  it('is complete only when every criterion of the set is met', () => {
    expect(scoreAssessment(results([1, 2, 3], []), set(3)).complete).toBe(true);
    expect(scoreAssessment(results([1, 2], []), set(3)).complete).toBe(false);
    expect(scoreAssessment(results([], []), []).complete).toBe(false);
  });

  it('ignores results for criteria the set does not have', () => {
    expect(scoreAssessment(results([1, 20], []), set(2)).met).toBe(1);
  });
});

describe('averageMet', () => {
  it('averages criteria met', () => {
    const a = scoreAssessment(results([1, 2], []), set(3));
    const b = scoreAssessment(results([1], []), set(3));
    expect(averageMet([a, b])).toBe(1.5);
  });

  it('is undefined with no assessments', () => {
    expect(averageMet([])).toBeUndefined();
  });
});
