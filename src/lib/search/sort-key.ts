/** Sort keys stored in the search index. */
import { parsePartialDate } from '../dates/partial-date.ts';

/** No date: sorts last when newest come first. */
export const UNDATED_SORT_KEY = '00000000';

/**
 * "YYYYMMDD" for a partial date ("2024-01" → "20240100", "2024" → "20240000"), all digits so Pagefind
 * sorts numerically; "00000000" when undated or unreadable.
 */
export function dateSortKey(iso: string): string {
  const d = parsePartialDate(iso);
  if (!d || d.year === null) return UNDATED_SORT_KEY;
  return `${d.year}${String(d.month ?? 0).padStart(2, '0')}${String(d.day ?? 0).padStart(2, '0')}`;
}
