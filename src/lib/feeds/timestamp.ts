/**
 * Feed readers need an instant; documents carry a day, a month, a year or nothing. The instant is
 * midnight in Vietnam (UTC+7) at the start of what is known: "2024-01" is 2024-01-01, "2024" is
 * 2024-01-01. The start (not the end) keeps feed dates in the library's order, which sorts a month
 * before the days in it, and never puts a date in the future. A blank date has no instant: the caller
 * gives a fixed fallback (never "now", so builds are repeatable).
 */
import { parsePartialDate } from '../dates/partial-date.ts';

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** Midnight in Vietnam on a full ISO day, as RFC 3339. */
export const vietnamMidnight = (isoDay: string): string => `${isoDay}T00:00:00+07:00`;

/** The instant for a partial date ("2020-06-15", "2024-01", "2024"), or `fallback` (RFC 3339) when blank or unreadable. */
export function partialDateInstant(value: string, fallback: string): string {
  const d = parsePartialDate(value);
  if (!d || d.year === null) return fallback;
  return vietnamMidnight(`${d.year}-${pad2(d.month ?? 1)}-${pad2(d.day ?? 1)}`);
}

/** The fallback when nothing dates an entry: the Unix epoch, which readers show as plainly unknown-old. */
export const UNKNOWN_INSTANT = '1970-01-01T00:00:00Z';
