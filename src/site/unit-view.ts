/**
 * What a unit's page shows, gathered from the portal once per unit: the assessments scored, the
 * recognised levels with their decisions, and the averages of the province (and, before 1/7/2025, the
 * district) to compare with. Pages only render this.
 */
import { groupAverage, highestLevel, summariseUnit, type UnitSummary } from '../lib/units/unit-summary.ts';
import { unitId } from '../lib/units/unit-index.ts';
import { unitFullName, unitPath } from '../lib/units/unit-path.ts';
import type { Portal, Unit } from './portal.ts';

/** Every commune below a unit (itself, for a commune). */
export const communesUnder = (p: Portal, unit: Unit): Unit[] => {
  if (unit.level === 'commune') return [unit];
  return (p.childrenOf.get(unitId(unit)) ?? []).flatMap((c) => communesUnder(p, c));
};

/** The average a unit is compared with: its province's or its former district's, for one year and set. */
export interface Comparison {
  name: string;
  path: string;
  average?: number;
  count: number;
  complete: number;
}

/** A recognition with its level's name. */
type RecognitionRow = NonNullable<ReturnType<Portal['recognitionsByUnit']['get']>>[number];
export type Recognition = RecognitionRow & { levelName: string; rank: number };

export interface UnitView {
  summary: UnitSummary;
  /** The highest level reached, with its year. */
  level?: { name: string; year: number; set: string };
  /** Every recognition, newest first. */
  recognitions: Recognition[];
  /** Highest level name reached in each year, for the history table. */
  levelByYear: Map<number, string>;
  /** Averages of the enclosing units for the latest assessment's year and set. */
  comparisons: Comparison[];
}

const memo = new WeakMap<Portal, Map<string, ReturnType<typeof groupAverage>>>();

/** The average of the communes under `group` for a year and set (memoized per build). */
const averageOf = (p: Portal, group: Unit, year: number, set: string) => {
  const cache = memo.get(p) ?? new Map();
  memo.set(p, cache);
  const key = `${unitId(group)}|${year}|${set}`;
  if (!cache.has(key)) {
    const assessments = communesUnder(p, group).flatMap((c) => p.assessmentsByUnit.get(unitId(c)) ?? []);
    cache.set(key, groupAverage(assessments, p.criteria, year, set));
  }
  return cache.get(key)!;
};

/** Everything the page of `unit` shows about criteria and levels. */
export function unitView(p: Portal, unit: Unit): UnitView {
  const id = unitId(unit);
  const summary = summariseUnit(p.assessmentsByUnit.get(id) ?? [], p.criteria);
  const rows = p.recognitionsByUnit.get(id) ?? [];
  const recognitions = rows
    .flatMap((r) => {
      const info = p.levels.find((l) => l.set === r.set && l.level === r.level);
      return info ? [{ ...r, levelName: info.name, rank: info.rank } satisfies Recognition] : [];
    })
    .sort((a, b) => b.year - a.year || b.rank - a.rank);
  const top = highestLevel(rows, p.levels);
  const levelByYear = new Map<number, string>();
  // A level holds from the year it was recognised for until a higher one; show the highest reached by each year.
  for (const h of summary.history) {
    const reached = recognitions.filter((r) => r.year <= h.year && r.set === h.set).sort((a, b) => b.rank - a.rank)[0];
    if (reached) levelByYear.set(h.year, reached.levelName);
  }
  const latest = summary.latest?.assessment;
  const groups: Unit[] = [];
  for (let up = p.parentOf(unit); up; up = p.parentOf(up)) groups.push(up);
  const comparisons = latest
    ? groups.map((g) => ({ name: unitFullName(g), path: unitPath(g), ...averageOf(p, g, latest.year, latest.set) }))
    : [];
  return {
    summary,
    level: top?.info ? { name: top.info.name, year: top.year, set: top.set } : undefined,
    recognitions,
    levelByYear,
    comparisons,
  };
}
