/**
 * The place-and-date line (ô 4): "Quảng Trị, ngày 15 tháng 6 năm 2020". A copy of a document before it
 * was dated leaves blanks ("ngày tháng năm 2024", "ngày   tháng 01 năm 2024"); the date is then only
 * as precise as the original ("2024", "2024-01"), never completed by guesswork.
 */
import { parseVietnameseDateLine, type PartialDate } from '../dates/partial-date.ts';
import { isBlank } from './lines.ts';
import { kinhGuiText } from './landmarks.ts';

export interface DateFound {
  /** Place name as printed ("TP. Quảng Ngãi"), null when the line has none. */
  place: string | null;
  date: PartialDate;
  /** Lines the date line took (two when a narrow cell wrapped it). */
  used: number[];
}

const HEADER_REACH = 30;

/**
 * The first place-and-date line near the top. `extra` are texts found on a line after another
 * cell (the rest of a "Số:" line that the copy did not split), tried first.
 */
export function findDateLine(lines: readonly string[], extra: readonly string[] = []): DateFound | null {
  for (const text of extra) {
    const d = parseVietnameseDateLine(text);
    if (d) return { place: d.place, date: d.date, used: [] };
  }
  for (let i = 0; i < Math.min(lines.length, HEADER_REACH); i++) {
    const line = lines[i]!;
    if (isBlank(line)) continue;
    if (kinhGuiText(line) !== null) break;
    const d = parseVietnameseDateLine(line);
    if (d) return { place: d.place, date: d.date, used: [i] };
    // A narrow cell wraps "…, ngày 15 tháng 6" / "năm 2020".
    const next = lines[i + 1];
    if (/ngày/iu.test(line) && next !== undefined && !isBlank(next)) {
      const joined = parseVietnameseDateLine(`${line} ${next}`);
      if (joined) return { place: joined.place, date: joined.date, used: [i, i + 1] };
    }
  }
  return null;
}
