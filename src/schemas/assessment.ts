/** Commune assessments against a criteria set, and recognition decisions. */
import { z } from 'astro/zod';
import { msg } from '../i18n/validation.ts';
import { count, flag, isoDate, optional, optionalFlag, optionalText, slug, year } from './fields.ts';
import { sourcedOrIllustrative, sourceRef, unitRef } from './refs.ts';

/** Columns of data/assessments/<province>/<year>.csv: one row per unit, year and criterion. */
export const assessmentRow = z
  .object({
    /** Unit code, resolved on `as_of` (or 31/12 of `year`). */
    unit: unitRef(),
    /** Year assessed. */
    year: year(),
    /** Day the assessment refers to; blank = 31/12 of the year. */
    as_of: optional(isoDate()),
    /** Criteria set key. */
    set: slug(),
    /** Criterion number within the set. */
    criterion: count(),
    /** 1 met, 0 not met. */
    met: flag(msg.met),
    /** Measured value, as text (e.g. "92 %", "45 triệu đồng/người/năm"). */
    value: optionalText(),
    note: optionalText(),
    /** Where the assessment comes from. */
    source: optional(sourceRef()),
    /** 1 when the row is invented demo data (minh họa). */
    illustrative: optionalFlag(),
  })
  .superRefine(sourcedOrIllustrative);
export type AssessmentRow = z.output<typeof assessmentRow>;

/** Columns of data/recognitions/<province>.csv. */
export const recognitionRow = z
  .object({
    unit: unitRef(),
    /** Criteria set under which the level was recognised. */
    set: slug(),
    /** Level key of that set (dat-chuan, nang-cao, kieu-mau, hien-dai). */
    level: slug(),
    /** Year recognised for (the "năm" in "đạt chuẩn NTM năm 2023"). */
    year: year(),
    /** Recognition decision number, as written; blank when the source does not give it. */
    decision: optionalText(),
    /** Date of the decision. */
    decision_date: optional(isoDate()),
    /** Issuing body, e.g. UBND tỉnh Trà Vinh. */
    issuer: optionalText(),
    source: optional(sourceRef()),
    illustrative: optionalFlag(),
    note: optionalText(),
  })
  .superRefine(sourcedOrIllustrative);
export type RecognitionRow = z.output<typeof recognitionRow>;
