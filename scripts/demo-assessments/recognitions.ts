/** When the communes recognised in data/recognitions met every criterion, so the model can pin them complete from then on. */
import { unitId, type UnitIndex } from '../../src/lib/units/unit-index.ts';
import type { RecognitionRow } from '../../src/schemas/assessment.ts';
import type { UnitRow } from '../../src/schemas/unit.ts';
import { yearEnd } from './years.ts';

/** Earliest year each unit was recognised under `set`, by unit id (the unit resolved on the decision date). */
export const recognisedYears = (recognitions: readonly RecognitionRow[], index: UnitIndex<UnitRow>, set: string): Map<string, number> => {
  const years = new Map<string, number>();
  for (const r of recognitions) {
    if (r.set !== set) continue;
    const unit = index.at(r.unit.code, r.unit.at ?? r.decision_date ?? yearEnd(r.year));
    if (!unit) continue;
    const id = unitId(unit);
    years.set(id, Math.min(r.year, years.get(id) ?? Infinity));
  }
  return years;
};
