// Dates as documents carry them: a full day, a month, a year, or nothing
// (drafts and copies leave the day blank: "ngày tháng năm 2024").
import { normalizeLookalikes } from '../text/fold.ts';

/** How much of a date is known. */
export type DatePrecision = 'day' | 'month' | 'year' | 'none';

/** A date known to some precision; `iso` is "2020-06-15", "2024-01", "2024" or "" to match. */
export interface PartialDate {
  year: number | null;
  month: number | null;
  day: number | null;
  precision: DatePrecision;
  iso: string;
}

/** A place-and-date line of a document, e.g. "Quảng Trị, ngày 15 tháng 6 năm 2020". */
export interface DateLine {
  /** The place name as written, or null when the line starts with "ngày". */
  place: string | null;
  date: PartialDate;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** Days in a month of the proleptic Gregorian calendar. */
function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; UTC avoids time-zone shifts.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Build a PartialDate from parts, or null when the parts do not form a real date. */
function build(year: number | null, month: number | null, day: number | null): PartialDate | null {
  if (year === null) return { year: null, month: null, day: null, precision: 'none', iso: '' };
  if (!Number.isInteger(year) || year < 1000 || year > 9999) return null;
  if (month === null) return { year, month: null, day: null, precision: 'year', iso: String(year) };
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  if (day === null) return { year, month, day: null, precision: 'month', iso: `${year}-${pad2(month)}` };
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day, precision: 'day', iso: `${year}-${pad2(month)}-${pad2(day)}` };
}

const ISO_PARTIAL = /^(?:(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?)?$/;

const num = (s: string | undefined): number | null => (s === undefined || s === '' ? null : Number(s));

/** Parse exactly "YYYY-MM-DD", "YYYY-MM", "YYYY" or "" (undated); null for anything else or an impossible date. */
export function parsePartialDate(s: string): PartialDate | null {
  const m = ISO_PARTIAL.exec(s);
  if (!m) return null;
  return build(num(m[1]), num(m[2]), num(m[3]));
}

// Digits only, so plain `<` and localeCompare agree.
const UNDATED_SORT_KEY = '99999999';

/** Chronological sort key "YYYYMMDD" (unknown month/day as 00, so "2024" sorts before "2024-01-15"); undated sorts LAST in ascending order. */
export function partialDateSortKey(d: PartialDate): string {
  if (d.year === null) return UNDATED_SORT_KEY;
  return `${d.year}${pad2(d.month ?? 0)}${pad2(d.day ?? 0)}`;
}

/** Last day the date covers, as "YYYY-MM-DD" ("2024-02" → "2024-02-29", "2024" → "2024-12-31"); null when undated. */
export function partialDateEnd(d: PartialDate): string | null {
  if (d.year === null) return null;
  const month = d.month ?? 12;
  const day = d.day ?? daysInMonth(d.year, month);
  return `${d.year}-${pad2(month)}-${pad2(day)}`;
}

// Blanks are spaces or dots/underscores left for the handwritten day ("ngày …  tháng … năm 2024").
const BLANK = String.raw`[\s._…]*`;
const WORDS = new RegExp(
  String.raw`^ngày${BLANK}(\d{1,2})?${BLANK}tháng${BLANK}(\d{1,2})?${BLANK}năm${BLANK}(\d{4})?$`,
  'iu',
);
const NUMERIC = /^ngày\s*(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})$/iu;
// The place: a short text before ", ngày" without ":" or ";" (which would make it a sentence or a label).
const PLACE_AND_REST = /^(?:([^,;:]{1,80}?)\s*,\s*)?(ngày\b.*)$/iu;
// Italic markers and trailing punctuation from converted documents.
const WRAPPERS = /^[\s*_]+|[\s*_.]+$/gu;

/** Read the date part ("ngày 15 tháng 6 năm 2020" or "ngày 26/01/2024"); undefined when it is not one. */
function readDatePart(text: string): PartialDate | null | undefined {
  const words = WORDS.exec(text);
  if (words) {
    const [, day, month, year] = words;
    // A day without its month cannot be placed; keep only what is certain.
    const monthN = num(month);
    return build(num(year), monthN, monthN === null ? null : num(day));
  }
  const numeric = NUMERIC.exec(text);
  if (numeric) return build(num(numeric[4]), num(numeric[3]), num(numeric[1]));
  return undefined;
}

/** Read a place-and-date line ("TP. Quảng Ngãi, ngày tháng năm 2024", "Hà Nội, ngày 26/01/2024"); null when it is not one or the date is impossible. */
export function parseVietnameseDateLine(s: string): DateLine | null {
  const line = normalizeLookalikes(s).replace(WRAPPERS, '').replace(/\s+/gu, ' ');
  const m = PLACE_AND_REST.exec(line);
  if (!m) return null;
  const [, place, rest = ''] = m;
  const date = readDatePart(rest);
  if (!date) return null;
  return { place: place?.trim() || null, date };
}
