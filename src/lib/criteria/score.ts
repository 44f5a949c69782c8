/**
 * Scores an assessment against its criteria set: how many criteria are met out of how many the set
 * has ("17/19 tiêu chí"), and which are missing. The number of criteria always comes from the set's
 * data (19 under QĐ 318/QĐ-TTg, 10 under QĐ 51/2025/QĐ-TTg), never from a constant.
 */

/** The minimum a scorer needs from a criterion. */
export interface CriterionLike {
  number: number;
}

/** The minimum a scorer needs from an assessment. */
export interface ResultsLike {
  results: readonly { criterion: number; met: boolean }[];
}

/** Met, total, and the criteria not met or not assessed. */
export interface Score {
  met: number;
  total: number;
  /** Criteria assessed and not met. */
  notMet: number[];
  /** Criteria of the set with no result in the assessment. */
  notAssessed: number[];
  /** All criteria met. */
  complete: boolean;
}

/** Scores `assessment` against the criteria of its set. */
export const scoreAssessment = (assessment: ResultsLike, criteria: readonly CriterionLike[]): Score => {
  const byNumber = new Map(assessment.results.map((r) => [r.criterion, r.met]));
  const numbers = criteria.map((c) => c.number).sort((a, b) => a - b);
  const notMet = numbers.filter((n) => byNumber.get(n) === false);
  const notAssessed = numbers.filter((n) => !byNumber.has(n));
  const met = numbers.length - notMet.length - notAssessed.length;
  return { met, total: numbers.length, notMet, notAssessed, complete: numbers.length > 0 && met === numbers.length };
};

/** Mean criteria met per assessment, or undefined for none (never a misleading 0). */
export const averageMet = (scores: readonly Score[]): number | undefined =>
  scores.length ? scores.reduce((s, x) => s + x.met, 0) / scores.length : undefined;
