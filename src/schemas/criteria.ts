/**
 * Criteria sets are data and versioned: QĐ 318/QĐ-TTg (2021–2025) has 19 criteria in 5 groups;
 * QĐ 51/2025/QĐ-TTg (2026–2030) has 10. Nothing in the code assumes a number of criteria.
 */
import { z } from 'astro/zod';
import { count, isoDate, optional, optionalText, slug, text } from './fields.ts';
import { sourceRef } from './refs.ts';

/** Columns of data/criteria/sets.csv. */
export const criteriaSetRow = z.object({
  /** Key, e.g. qd-318-2022. */
  set: slug(),
  /** Full name. */
  name: text(),
  /** Number of the decision that issued it, as written. */
  decision: text(),
  /** Date the decision was signed. */
  decision_date: isoDate(),
  /** First day the set applies to assessments. */
  applies_from: isoDate(),
  /** Last day the set applies. */
  applies_to: isoDate(),
  /** Where the facts come from. */
  source: optional(sourceRef()),
  /** Free note (amendments, caveats). */
  note: optionalText(),
});

/** Columns of data/criteria/groups.csv. */
export const criteriaGroupRow = z.object({
  set: slug(),
  /** Group key as printed, e.g. I, II. */
  group: text(),
  name: text(),
});

/** Columns of data/criteria/criteria.csv. */
export const criterionRow = z.object({
  set: slug(),
  /** Criterion number within the set: 1…19, 1…10. */
  number: count(),
  name: text(),
  /** Group key; blank when the set has no groups. */
  group: optionalText(),
});

/** Columns of data/criteria/levels.csv: the recognition levels a set defines. */
export const levelRow = z.object({
  set: slug(),
  /** Key, e.g. dat-chuan, nang-cao, kieu-mau, hien-dai. */
  level: slug(),
  /** Name shown, e.g. "Xã đạt chuẩn nông thôn mới". */
  name: text(),
  /** Order, 1 = the first level reached. */
  rank: count(),
  /** Decision that defines the level. */
  decision: optionalText(),
});
