/**
 * The computed figures of one scope (the nation, a province, a former district) for one year, from the
 * assessments and recognition decisions of its communes: how many communes there are, how many were
 * assessed, how many meet every criterion of the set in force, how many are recognised at each level,
 * how many meet every criterion but are not recognised yet, the average number of criteria met and the
 * distribution by criteria met. The number of criteria and the levels come from the set's own data.
 */
import { averageMet, scoreAssessment, type Score } from '../criteria/score.ts';
import type { Assessment } from '../criteria/group-assessments.ts';
import type { CriterionInfo, LevelInfo } from '../units/unit-summary.ts';
import { distribute, type Bucket } from './buckets.ts';

/** What the figures need from a recognition decision, its unit resolved to a unit id. */
export interface RecognitionLike {
  unit: string;
  set: string;
  level: string;
  /** The year the commune was recognised for. */
  year: number;
  illustrative?: boolean;
}

/** One level of the set and how many communes reached at least that level. */
export interface LevelCount {
  level: string;
  name: string;
  rank: number;
  count: number;
}

/** The computed figures of a scope for a year. */
export interface ScopeFigures {
  year: number;
  set: string;
  /** Criteria in the set. */
  total: number;
  /** Communes of the scope (and any other unit assessed in it). */
  communes: number;
  /** Communes with an assessment against the set for the year. */
  assessed: number;
  /** Assessed communes meeting every criterion of the set. */
  complete: number;
  /** Communes meeting every criterion without a recognition decision under the set by the year. */
  completeNotRecognised: number;
  /** Mean criteria met per assessed commune; undefined when none was assessed. */
  averageMet?: number;
  /** For each level of the set (lowest rank first): communes recognised at that level or a higher one. */
  levels: LevelCount[];
  /** Assessed communes per band of criteria met, highest band first. */
  distribution: (Bucket & { count: number })[];
  /** The day the figures describe: the latest assessment date, or the year's end. */
  asOf: string;
  /** True when an assessment counted is invented demo data. */
  illustrative: boolean;
  /** True when a recognition counted is invented demo data. */
  recognitionsIllustrative: boolean;
}

/** Inputs for one scope and year; assessments and recognitions of other years and sets are ignored. */
export interface ScopeFiguresInput {
  year: number;
  set: string;
  /** Ids of the communes in the scope on the day described. */
  communes: readonly string[];
  assessments: readonly Assessment[];
  recognitions: readonly RecognitionLike[];
  criteria: readonly CriterionInfo[];
  levels: readonly LevelInfo[];
}

/** The highest rank each unit was recognised at under `set` for `year` or earlier. */
export const recognisedRanks = (recognitions: readonly RecognitionLike[], levels: readonly LevelInfo[], set: string, year: number): Map<string, number> => {
  const rankOf = new Map(levels.filter((l) => l.set === set).map((l) => [l.level, l.rank]));
  const ranks = new Map<string, number>();
  for (const r of recognitions) {
    const rank = r.set === set && r.year <= year ? rankOf.get(r.level) : undefined;
    if (rank !== undefined && rank > (ranks.get(r.unit) ?? 0)) ranks.set(r.unit, rank);
  }
  return ranks;
};

/** Computes the figures; pure, so a test can recompute them from the same rows. */
export const scopeFigures = (input: ScopeFiguresInput): ScopeFigures => {
  const { year, set } = input;
  const criteria = input.criteria.filter((c) => c.set === set);
  const levels = input.levels.filter((l) => l.set === set).sort((a, b) => a.rank - b.rank);
  const assessments = input.assessments.filter((a) => a.year === year && a.set === set);
  const scores = new Map<string, Score>(assessments.map((a) => [a.unit, scoreAssessment(a, criteria)]));
  const communes = new Set([...input.communes, ...scores.keys()]);
  const recognitions = input.recognitions.filter((r) => communes.has(r.unit) && r.set === set && r.year <= year);
  const ranks = recognisedRanks(recognitions, input.levels, set, year);
  const complete = [...scores.values()].filter((s) => s.complete).length;
  const completeNotRecognised = [...scores].filter(([unit, s]) => s.complete && !ranks.has(unit)).length;
  const asOf = assessments.reduce((latest, a) => (a.as_of > latest ? a.as_of : latest), '') || `${year}-12-31`;
  return {
    year,
    set,
    total: criteria.length,
    communes: communes.size,
    assessed: scores.size,
    complete,
    completeNotRecognised,
    averageMet: averageMet([...scores.values()]),
    levels: levels.map((l) => ({ level: l.level, name: l.name, rank: l.rank, count: [...ranks.values()].filter((r) => r >= l.rank).length })),
    distribution: criteria.length ? distribute([...scores.values()].map((s) => s.met), criteria.length) : [],
    asOf,
    illustrative: assessments.some((a) => a.illustrative),
    recognitionsIllustrative: recognitions.some((r) => r.illustrative),
  };
};

/** Communes recognised at the set's first level (any level counts: a higher one includes it). */
export const recognisedCount = (f: ScopeFigures): number => f.levels[0]?.count ?? 0;
