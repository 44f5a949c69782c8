/**
 * What a unit page shows about criteria, computed from the data: the latest assessment scored against
 * its set, the history of criteria met per year, the highest recognised level, and the province
 * average to compare with. Pages render this; they do no arithmetic of their own.
 */
import { averageMet, scoreAssessment, type Score } from '../criteria/score.ts';
import type { Assessment } from '../criteria/group-assessments.ts';

/** A criterion as the summary needs it. */
export interface CriterionInfo {
  set: string;
  number: number;
  name: string;
  group?: string;
}

/** A level as the summary needs it. */
export interface LevelInfo {
  set: string;
  level: string;
  name: string;
  rank: number;
}

/** One row of the criteria grid. */
export interface GridRow {
  number: number;
  name: string;
  group?: string;
  status: 'met' | 'not-met' | 'not-assessed';
  value?: string;
  note?: string;
}

/** The latest assessment with its grid, and the history of scores. */
export interface UnitSummary {
  latest?: { assessment: Assessment; score: Score; grid: GridRow[] };
  history: { year: number; set: string; met: number; total: number }[];
  illustrative: boolean;
}

const criteriaOf = (criteria: readonly CriterionInfo[], set: string) => criteria.filter((c) => c.set === set);

/** Builds the summary of one unit from its assessments (any order). */
export const summariseUnit = (assessments: readonly Assessment[], criteria: readonly CriterionInfo[]): UnitSummary => {
  const sorted = [...assessments].sort((a, b) => a.year - b.year || a.as_of.localeCompare(b.as_of));
  const history = sorted.map((a) => {
    const s = scoreAssessment(a, criteriaOf(criteria, a.set));
    return { year: a.year, set: a.set, met: s.met, total: s.total };
  });
  const last = sorted.at(-1);
  if (!last) return { history, illustrative: false };
  const setCriteria = criteriaOf(criteria, last.set).sort((a, b) => a.number - b.number);
  const byNumber = new Map(last.results.map((r) => [r.criterion, r]));
  const grid = setCriteria.map((c): GridRow => {
    const r = byNumber.get(c.number);
    return {
      number: c.number,
      name: c.name,
      group: c.group,
      status: !r ? 'not-assessed' : r.met ? 'met' : 'not-met',
      value: r?.value,
      note: r?.note,
    };
  });
  return {
    latest: { assessment: last, score: scoreAssessment(last, setCriteria), grid },
    history,
    illustrative: sorted.some((a) => a.illustrative),
  };
};

/** The highest level among a unit's recognitions, by the set's rank. */
export const highestLevel = <R extends { set: string; level: string; year: number }>(recognised: readonly R[], levels: readonly LevelInfo[]) =>
  recognised
    .map((r) => ({ ...r, info: levels.find((l) => l.set === r.set && l.level === r.level) }))
    .filter((r) => r.info)
    .sort((a, b) => b.year - a.year || b.info!.rank - a.info!.rank)[0];

/** Average criteria met over the latest assessments of a group of units for a year and set. */
export const groupAverage = (
  assessments: readonly Assessment[],
  criteria: readonly CriterionInfo[],
  year: number,
  set: string,
): { average?: number; count: number; complete: number } => {
  const scores = assessments.filter((a) => a.year === year && a.set === set).map((a) => scoreAssessment(a, criteriaOf(criteria, set)));
  return { average: averageMet(scores), count: scores.length, complete: scores.filter((s) => s.complete).length };
};
