/**
 * The dates a dataset's rows speak of, from the rows themselves: the first and last day they cover,
 * and the latest such day not after today, which stands for "last changed" until the repository's
 * history provides the real date. Which columns hold dates is said here, per dataset.
 */
import { partialDateEnd, parsePartialDate } from '../dates/partial-date.ts';

type Row = Record<string, string>;

/** The days a row speaks of. */
const DAYS: Record<string, (r: Row) => (string | undefined)[]> = {
  units: (r) => [r.valid_from, r.valid_to],
  lineage: (r) => [r.date],
  criteriaSets: (r) => [r.decision_date, r.applies_from],
  assessments: (r) => [r.as_of || (r.year ? `${r.year}-12-31` : undefined)],
  recognitions: (r) => [r.decision_date || (r.year ? `${r.year}-12-31` : undefined)],
  figures: (r) => [periodEnd(r.period)],
  disbursements: (r) => [r.year ? `${r.year}-12-31` : undefined],
};

function periodEnd(period: string | undefined): string | undefined {
  const d = period ? parsePartialDate(period) : null;
  return (d && partialDateEnd(d)) ?? undefined;
}

/** First and last day the rows of a dataset cover, and the latest one not after `today`. */
export interface DataDates {
  first?: string;
  last?: string;
  latestPast?: string;
}

/** The dates of `rows` of dataset `key`; datasets without dates (indicators, criteria…) give none. */
export const dataDates = (key: string, rows: Iterable<Row>, today: string): DataDates => {
  const days = DAYS[key];
  const out: DataDates = {};
  if (!days) return out;
  for (const row of rows) {
    for (const day of days(row)) {
      if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day)) continue;
      if (!out.first || day < out.first) out.first = day;
      if (!out.last || day > out.last) out.last = day;
      if (day <= today && (!out.latestPast || day > out.latestPast)) out.latestPast = day;
    }
  }
  return out;
};
