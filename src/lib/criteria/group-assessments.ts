/**
 * Groups assessment rows (one per criterion) into one assessment per unit, year and criteria set,
 * with the unit resolved at the assessment's date — the unit a result was recorded against.
 */
import type { AssessmentRow } from '../../schemas/assessment.ts';
import type { SourceRef } from '../../schemas/refs.ts';
import type { Located } from '../validate/rows.ts';
import { unitId, type UnitIndex, type UnitLike } from '../units/unit-index.ts';

/** One criterion's result within an assessment. */
export interface CriterionResult {
  criterion: number;
  met: boolean;
  value?: string;
  note?: string;
  source?: SourceRef;
  /** Where the row is, for provenance links. */
  file: string;
  line: number;
}

/** A unit's assessment against a criteria set for one year. */
export interface Assessment {
  id: string;
  /** Id of the unit in force on `as_of` (see unitId). */
  unit: string;
  year: number;
  /** Day the assessment refers to. */
  as_of: string;
  set: string;
  results: CriterionResult[];
  /** True when any row is invented demo data. */
  illustrative: boolean;
}

/** Groups validated rows; rows whose unit does not resolve are left to the validator to report. */
export const groupAssessments = (rows: readonly Located<AssessmentRow>[], units: UnitIndex<UnitLike>): Assessment[] => {
  const groups = new Map<string, Assessment>();
  for (const row of rows) {
    const a = row.data;
    const asOf = a.as_of ?? `${a.year}-12-31`;
    const unit = units.at(a.unit.code, a.unit.at ?? asOf);
    if (!unit) continue;
    const id = `${unitId(unit)}/${a.year}/${a.set}`;
    let g = groups.get(id);
    if (!g) {
      g = { id, unit: unitId(unit), year: a.year, as_of: asOf, set: a.set, results: [], illustrative: false };
      groups.set(id, g);
    }
    g.results.push({ criterion: a.criterion, met: a.met, value: a.value, note: a.note, source: a.source, file: row.file, line: row.line });
    g.illustrative ||= a.illustrative;
  }
  for (const g of groups.values()) g.results.sort((x, y) => x.criterion - y.criterion);
  return [...groups.values()].sort((x, y) => x.id.localeCompare(y.id));
};
