/**
 * The relations between units, built once from the unit and lineage tables: children by parent
 * (within the same period), successors and predecessors across a reorganisation, and the current
 * province every unit lies in or went into (so old results add up under today's provinces).
 */
import { dayBefore, indexUnits, unitId, type UnitIndex, type UnitLike } from './unit-index.ts';

/** What the graph needs from a unit. */
export interface GraphUnit extends UnitLike {
  parent_code?: string;
}

/** What the graph needs from a lineage row. */
export interface LineageLike {
  old_code: string;
  new_code: string;
  date: string;
  kind: 'full' | 'partial';
  resolution: string;
}

/** One edge of a reorganisation, seen from one end. */
export interface LineageEdge<U> {
  unit: U;
  kind: 'full' | 'partial';
  resolution: string;
  date: string;
}

/** A day on which the unit was certainly in force, to look up its parent in the same period. */
export const dayInForce = (u: UnitLike): string => u.valid_to ?? u.valid_from ?? '9999-12-31';

/** Appends to a list kept in a map. */
export const addTo = <K, V>(map: Map<K, V[]>, key: K, value: V): void => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

/** The relations, keyed by unit id. */
export interface UnitGraph<U extends GraphUnit> {
  index: UnitIndex<U>;
  parentOf(u: U): U | undefined;
  children: Map<string, U[]>;
  successors: Map<string, LineageEdge<U>[]>;
  predecessors: Map<string, LineageEdge<U>[]>;
  /** Id of the current province each unit lies in, or went into. */
  provinceOf: Map<string, string>;
}

/** Builds the graph; rows that do not resolve are skipped (validation reports them). */
export const buildUnitGraph = <U extends GraphUnit>(units: readonly U[], lineage: readonly LineageLike[]): UnitGraph<U> => {
  const index = indexUnits(units);
  const parentOf = (u: U) => (u.parent_code ? index.at(u.parent_code, dayInForce(u)) : undefined);
  const children = new Map<string, U[]>();
  for (const u of units) {
    const parent = parentOf(u);
    if (parent) addTo(children, unitId(parent), u);
  }
  const successors = new Map<string, LineageEdge<U>[]>();
  const predecessors = new Map<string, LineageEdge<U>[]>();
  for (const l of lineage) {
    const from = index.at(l.old_code, dayBefore(l.date));
    const to = index.at(l.new_code, l.date);
    if (!from || !to) continue;
    const edge = { kind: l.kind, resolution: l.resolution, date: l.date };
    addTo(successors, unitId(from), { unit: to, ...edge });
    addTo(predecessors, unitId(to), { unit: from, ...edge });
  }
  const provinceOf = new Map<string, string>();
  for (const u of units) {
    let root = u;
    // Three levels at most (province, district, commune); the bound also stops a cycle in bad data.
    for (let up = parentOf(root), n = 0; up && n < 3; up = parentOf(root), n++) root = up;
    const current = root.valid_to ? successors.get(unitId(root))?.[0]?.unit : root;
    if (current) provinceOf.set(unitId(u), unitId(current));
  }
  return { index, parentOf, children, successors, predecessors, provinceOf };
};
