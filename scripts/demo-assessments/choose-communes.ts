/**
 * Which communes are assessed: the old xã under a scope in the old years, and the current xã they
 * went into (see "Which communes" in the header of scripts/generate-demo-assessments.ts).
 */
import { buildUnitGraph } from '../../src/lib/units/unit-graph.ts';
import { indexUnits, inForce, unitId, type UnitIndex } from '../../src/lib/units/unit-index.ts';
import type { LineageRow, UnitRow } from '../../src/schemas/unit.ts';
import type { Scope } from './scopes.ts';
import { yearEnd } from './years.ts';

/** True when `code` is the unit itself or one of its ancestors through `parent_code`, all resolved on `day`. */
export const underScope = (unit: UnitRow, code: string, index: UnitIndex<UnitRow>, day: string): boolean => {
  let u: UnitRow | undefined = unit;
  // Three tiers at most: commune → district → province.
  for (let depth = 0; u && depth < 4; depth++) {
    if (u.code === code) return true;
    u = u.parent_code === undefined ? undefined : index.at(u.parent_code, day);
  }
  return false;
};

/** The rural communes (kind xã) in force on `day` under the scope `code`, by code. */
// Phường and thị trấn are not assessed against the rural criteria.
export const communesInScope = <U extends UnitRow>(units: readonly U[], index: UnitIndex<UnitRow>, code: string, day: string): U[] =>
  units
    .filter((u) => u.kind === 'xã' && inForce(u, day) && underScope(u, code, index, day))
    .sort((a, b) => a.code.localeCompare(b.code));

/** Each old commune of the old years with the scope it is assessed under (first scope wins), by unit id. */
export const oldCommunes = <U extends UnitRow>(units: readonly U[], scopes: readonly Scope[], years: readonly number[]): Map<string, { unit: U; scope: Scope }> => {
  const index = indexUnits(units);
  const found = new Map<string, { unit: U; scope: Scope }>();
  for (const scope of scopes) {
    for (const year of years) {
      for (const unit of communesInScope(units, index, scope.code, yearEnd(year))) {
        if (!found.has(unitId(unit))) found.set(unitId(unit), { unit, scope });
      }
    }
  }
  return found;
};

/** Current xã (in force at the end of `year`) that communes of `olds` went into during it: new id → predecessor ids. */
// The unit graph resolves each lineage edge as everywhere else (old code the day before `date`, new
// code on `date`). Edges into wards, towns or from communes outside `olds` are dropped; keys and lists are sorted.
export const successorCommunes = <U extends UnitRow>(
  units: readonly U[],
  lineage: readonly LineageRow[],
  olds: ReadonlySet<string>,
  year: number,
): Map<string, string[]> => {
  const { predecessors } = buildUnitGraph(units, lineage);
  const duringYear = (date: string): boolean => yearEnd(year - 1) < date && date <= yearEnd(year);
  const found = new Map<string, string[]>();
  for (const to of units) {
    if (to.kind !== 'xã' || !inForce(to, yearEnd(year))) continue;
    const from = (predecessors.get(unitId(to)) ?? []).filter((e) => duringYear(e.date) && olds.has(unitId(e.unit))).map((e) => unitId(e.unit));
    if (from.length > 0) found.set(unitId(to), [...new Set(from)].sort());
  }
  return new Map([...found].sort(([a], [b]) => a.localeCompare(b)));
};
