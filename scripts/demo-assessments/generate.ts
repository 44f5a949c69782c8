/** Puts the pieces together: which communes, how many criteria each year, and which criteria. */
import { indexUnits, inForce, unitId } from '../../src/lib/units/unit-index.ts';
import { metCriteria } from './choose-criteria.ts';
import { oldCommunes, successorCommunes } from './choose-communes.ts';
import { completionYears, mergedCount, nextCount, oldCounts, type Tally } from './counts.ts';
import { setForYear, singleSet } from './criteria-sets.ts';
import type { CriteriaSet, DemoUnit, Inputs } from './inputs.ts';
import { recognisedYears } from './recognitions.ts';
import { SCOPES, type Scope } from './scopes.ts';
import { YEARS, yearEnd, type Years } from './years.ts';

/** One commune's illustrative assessment for a year. */
export interface DemoAssessment {
  unit: DemoUnit;
  year: number;
  set: CriteriaSet;
  /** Criterion numbers met, ascending. */
  met: number[];
  /** Codes of the scopes the commune is in or descends from (for the calibration print-out). */
  scopes: string[];
}

/** Assessments of the old communes for the old years, in force on each year's end. */
export const oldAssessments = (inputs: Inputs, scopes: readonly Scope[], years: readonly number[]): DemoAssessment[] => {
  const set = singleSet(inputs.sets, years);
  const total = set.numbers.length;
  const pins = recognisedYears(inputs.recognitions, indexUnits(inputs.units), set.set);
  const communes = oldCommunes(inputs.units, scopes, years);
  const out: DemoAssessment[] = [];
  for (const scope of scopes) {
    const ids = [...communes].filter(([, c]) => c.scope === scope).map(([id]) => id);
    for (const [id, completion] of completionYears(ids, scope.profile, years, pins)) {
      const unit = communes.get(id)!.unit;
      const counts = oldCounts(id, years, total, completion, scope.profile);
      years.forEach((year, i) => {
        if (inForce(unit, yearEnd(year))) out.push({ unit, year, set, met: metCriteria(id, set, counts[i]!), scopes: [scope.code] });
      });
    }
  }
  return out;
};

const tallyOf = (a: DemoAssessment): Tally => ({ met: a.met.length, total: a.set.numbers.length });

/** Assessments of the current communes for the current years, derived from the old communes' last year. */
export const currentAssessments = (inputs: Inputs, olds: readonly DemoAssessment[], years: Years): DemoAssessment[] => {
  const lastOld = years.old[years.old.length - 1]!;
  const lastById = new Map(olds.filter((a) => a.year === lastOld).map((a) => [unitId(a.unit), a]));
  const byId = new Map(inputs.units.map((u) => [unitId(u), u]));
  const out: DemoAssessment[] = [];
  const [first, ...rest] = years.current;
  if (first === undefined) return out;
  const firstSet = setForYear(inputs.sets, first);
  for (const [id, predIds] of successorCommunes(inputs.units, inputs.lineage, new Set(lastById.keys()), first)) {
    const preds = predIds.map((p) => lastById.get(p)!);
    const scopes = [...new Set(preds.flatMap((p) => p.scopes))];
    const met = metCriteria(id, firstSet, mergedCount(id, first, preds.map(tallyOf), firstSet.numbers.length));
    let prev: DemoAssessment = { unit: byId.get(id)!, year: first, set: firstSet, met, scopes };
    out.push(prev);
    for (const year of rest) {
      if (!inForce(prev.unit, yearEnd(year))) break;
      const set = setForYear(inputs.sets, year);
      const count = nextCount(id, year, tallyOf(prev), set.numbers.length, set.set !== prev.set.set);
      prev = { ...prev, year, set, met: metCriteria(id, set, count) };
      out.push(prev);
    }
  }
  return out;
};

/** Every illustrative assessment: old communes for the old years, then current communes. */
export const generate = (inputs: Inputs, scopes: readonly Scope[] = SCOPES, years: Years = YEARS): DemoAssessment[] => {
  const olds = oldAssessments(inputs, scopes, years.old);
  return [...olds, ...currentAssessments(inputs, olds, years)];
};
