/** Programme figures (reported in documents) and budget disbursement. */
import { z } from 'astro/zod';
import { msg } from '../i18n/validation.ts';
import { decimal, nonNegative, oneOf, optional, optionalFlag, optionalText, partialDate, slug, text, year } from './fields.ts';
import { scopeRef, sourcedOrIllustrative, sourceRef } from './refs.ts';

/** Columns of data/indicators.csv: what a figure measures. */
export const indicatorRow = z.object({
  /** Key, e.g. xa-dat-chuan. */
  indicator: slug(),
  /** Name shown. */
  name: text(),
  /** Unit of measure shown after the number: "xã", "tiêu chí", "%", "triệu đồng". */
  unit: text(),
  /** What exactly is counted. */
  description: text(),
});

/** Columns of data/programmes.csv. */
export const programmeRow = z.object({
  programme: slug(),
  name: text(),
  /** Legal basis, e.g. 263/QĐ-TTg. */
  decision: optionalText(),
  period: text(),
});

/** Columns of data/figures/*.csv: one reported value (or target) of an indicator. */
export const figureRow = z
  .object({
    /** VN or a unit code (resolved at the end of `period`). */
    scope: scopeRef(),
    /** The time the figure describes: YYYY, YYYY-MM or YYYY-MM-DD. */
    period: partialDate(),
    indicator: slug(),
    /** Actual value; blank when only a target is known. */
    value: optional(decimal()),
    /** The whole the value is a part of (85 in "42/85 xã"). */
    of: optional(nonNegative()),
    /** Target for the period. */
    target: optional(decimal()),
    /** reported: stated by the source; target: a plan figure. */
    kind: oneOf(['reported', 'target'] as const),
    source: optional(sourceRef()),
    note: optionalText(),
    illustrative: optionalFlag(),
  })
  .superRefine((r, ctx) => {
    if (r.value === undefined && r.target === undefined) ctx.addIssue({ code: 'custom', path: ['value'], message: msg.valueOrTarget });
    sourcedOrIllustrative(r, ctx);
    if (r.period === '') ctx.addIssue({ code: 'custom', path: ['period'], message: msg.required });
  });
export type FigureRow = z.output<typeof figureRow>;

/** Columns of data/disbursements/*.csv, in million VND. */
export const disbursementRow = z
  .object({
    scope: scopeRef(),
    year: year(),
    programme: slug(),
    /** Planned capital (kế hoạch vốn), million VND. */
    plan: nonNegative(),
    /** Disbursed (giải ngân), million VND. */
    disbursed: nonNegative(),
    source: optional(sourceRef()),
    note: optionalText(),
    illustrative: optionalFlag(),
  })
  .superRefine(sourcedOrIllustrative);
export type DisbursementRow = z.output<typeof disbursementRow>;
