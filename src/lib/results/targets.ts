/**
 * Targets against actuals. A target row (kind `target`) is matched with the latest reported value of
 * the same indicator and scope whose period ends on or before the target's, and on or after the start
 * of the criteria set in force at the target's end: a 2030 target under the 2026–2030 criteria is not
 * measured by a 2025 figure under the old ones.
 */
import { partialDateEnd, parsePartialDate } from '../dates/partial-date.ts';

/** What matching needs from a figure row; `scope` is any key naming the scope. */
export interface FigureLike {
  scope: string;
  period: string;
  indicator: string;
  kind: 'reported' | 'target';
  value?: number;
  target?: number;
}

/** A target with the actual that measures it. */
export interface TargetProgress<F extends FigureLike> {
  target: F;
  actual?: F;
  /** Actual divided by target, when the target is above zero. */
  progress?: number;
  /** Actual minus target. */
  difference?: number;
}

const endOf = (period: string): string | undefined => {
  const d = parsePartialDate(period);
  return (d && partialDateEnd(d)) ?? undefined;
};

/**
 * Each target (in the order given) with its actual. `periodStart(day)` is the first day of the
 * criteria set in force on `day`, or undefined when none is, in which case any earlier report counts.
 */
export const targetProgress = <F extends FigureLike>(figures: readonly F[], periodStart: (day: string) => string | undefined): TargetProgress<F>[] =>
  figures
    .filter((f) => f.kind === 'target' && f.target !== undefined)
    .map((target) => {
      const end = endOf(target.period);
      const start = end ? periodStart(end) : undefined;
      const actual = figures
        .filter((f) => f.kind === 'reported' && f.value !== undefined && f.scope === target.scope && f.indicator === target.indicator)
        .map((f) => ({ f, end: endOf(f.period) }))
        .filter((x): x is { f: F; end: string } => !!x.end && !!end && x.end <= end && (!start || x.end >= start))
        .sort((a, b) => b.end.localeCompare(a.end))[0]?.f;
      if (!actual) return { target };
      const goal = target.target!;
      return { target, actual, progress: goal > 0 ? actual.value! / goal : undefined, difference: actual.value! - goal };
    });
