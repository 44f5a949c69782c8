import { describe, expect, it } from 'vitest';
import { targetProgress, type FigureLike } from './targets.ts';

const sets = [
  { from: '2021-01-01', to: '2025-12-31' },
  { from: '2026-01-01', to: '2030-12-31' },
];
const periodStart = (day: string) => sets.find((s) => s.from <= day && day <= s.to)?.from;
const reported = (period: string, indicator: string, value: number, scope = 'VN'): FigureLike => ({ scope, period, indicator, kind: 'reported', value });
const target = (period: string, indicator: string, goal: number, scope = 'VN'): FigureLike => ({ scope, period, indicator, kind: 'target', target: goal });

describe('targetProgress', () => {
  it('measures a target by the latest report of the same indicator and scope within its period', () => {
    const rows = [reported('2024-12', 'share', 78), reported('2025-06', 'share', 79.3), target('2025', 'share', 80)];
    const [p] = targetProgress(rows, periodStart);
    expect(p!.actual!.value).toBe(79.3);
    expect(p!.progress).toBeCloseTo(79.3 / 80);
    expect(p!.difference).toBeCloseTo(-0.7);
  });

  it('does not measure a target of the next criteria period by an older report', () => {
    const [p] = targetProgress([reported('2025-06', 'share', 79.3), target('2030', 'share', 65)], periodStart);
    expect(p!.actual).toBeUndefined();
    expect(p!.progress).toBeUndefined();
  });

  it('ignores reports after the target, of another scope or indicator', () => {
    const [p] = targetProgress([reported('2026-01', 'share', 90), reported('2025', 'share', 90, '62'), reported('2025', 'other', 90), target('2025', 'share', 80)], periodStart);
    expect(p!.actual).toBeUndefined();
  });

  it('gives no ratio for a zero target, but the difference', () => {
    const [p] = targetProgress([reported('2025-06', 'below', 3), target('2025', 'below', 0)], periodStart);
    expect(p!.progress).toBeUndefined();
    expect(p!.difference).toBe(3);
  });

  it('keeps the targets in the order given', () => {
    const rows = [target('2030', 'b', 10), target('2025', 'a', 80)];
    expect(targetProgress(rows, periodStart).map((p) => p.target.indicator)).toEqual(['b', 'a']);
  });
});
