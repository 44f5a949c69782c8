// The only place dates are formatted for display: dd/mm/yyyy as Vietnamese documents write them.
// Output uses plain spaces only (see format/number.ts for the same rule).
import { parsePartialDate, type PartialDate } from '../dates/partial-date.ts';

/** Word before a month-only date: "tháng 01/2024". */
export const MONTH_PREFIX = 'tháng';
/** Word before a year-only date: "năm 2024". */
export const YEAR_PREFIX = 'năm';
/** Shown for a document without any date. */
export const UNDATED_LABEL = 'không ghi ngày';

// UTC on both sides: a "YYYY-MM-DD" must never shift a day with the build machine's time zone.
const DAY_FORMAT = new Intl.DateTimeFormat('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });

// parsePartialDate only admits years 1000–9999, so Date.UTC's 0–99 → 19xx quirk cannot bite.
const utc = (year: number, month: number, day: number): Date => new Date(Date.UTC(year, month - 1, day));

const plainSpaces = (s: string): string => s.replace(/[\u00A0\u202F]/gu, ' ');

const formatDay = (year: number, month: number, day: number): string => plainSpaces(DAY_FORMAT.format(utc(year, month, day)));

/** Format "YYYY-MM-DD" as "26/01/2024"; throws a RangeError for anything else, including partial dates. */
export function formatDate(iso: string): string {
  const d = parsePartialDate(iso);
  if (!d || d.precision !== 'day' || d.year === null || d.month === null || d.day === null) {
    throw new RangeError(`formatDate needs a full YYYY-MM-DD date, got ${JSON.stringify(iso)}`);
  }
  return formatDay(d.year, d.month, d.day);
}

/** Two-digit month and the year, taken from the same formatter so every date shares one digit style. */
function monthAndYear(year: number, month: number): string {
  const parts = DAY_FORMAT.formatToParts(utc(year, month, 1));
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('month')}/${part('year')}`;
}

/** Format a date of any precision: "15/06/2020", "tháng 01/2024", "năm 2024", or "không ghi ngày". */
export function formatPartialDate(d: PartialDate): string {
  if (d.year === null) return UNDATED_LABEL;
  if (d.month === null) return `${YEAR_PREFIX} ${d.year}`;
  if (d.day === null) return `${MONTH_PREFIX} ${monthAndYear(d.year, d.month)}`;
  return formatDay(d.year, d.month, d.day);
}
