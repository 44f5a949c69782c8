/**
 * Counts per area and year from the generated assessments (communes assessed, meeting every criterion,
 * mean met), for every commune and each district and province above it at the year's end. Documents,
 * news and figures quote these, so what the generated text says agrees with the generated data.
 */
import { indexUnits, unitId } from '../../src/lib/units/unit-index.ts';
import type { DemoAssessment } from '../demo-assessments/generate.ts';
import type { DemoUnit } from '../demo-assessments/inputs.ts';
import { yearEnd } from '../demo-assessments/years.ts';
import type { AreaStats } from './text.ts';

/** Stats by `${unitId}@${year}`. */
export type StatsIndex = Map<string, AreaStats>;

export const statsKey = (u: DemoUnit, year: number): string => `${unitId(u)}@${year}`;

/** Aggregates the assessments into every area that holds the commune. */
export const areaStats = (assessments: readonly DemoAssessment[], units: readonly DemoUnit[]): StatsIndex => {
  const index = indexUnits(units);
  const sums = new Map<string, { year: number; communes: number; complete: number; met: number; setSize: number }>();
  for (const a of assessments) {
    const day = yearEnd(a.year);
    const complete = a.met.length === a.set.numbers.length ? 1 : 0;
    let u: DemoUnit | undefined = a.unit;
    for (let depth = 0; u && depth < 3; depth++) {
      const key = statsKey(u, a.year);
      const s = sums.get(key) ?? { year: a.year, communes: 0, complete: 0, met: 0, setSize: a.set.numbers.length };
      s.communes++;
      s.complete += complete;
      s.met += a.met.length;
      sums.set(key, s);
      u = u.parent_code ? index.at(u.parent_code, day) : undefined;
    }
  }
  return new Map([...sums].map(([k, s]) => [k, { year: s.year, communes: s.communes, complete: s.complete, mean: s.met / s.communes, setSize: s.setSize }]));
};
