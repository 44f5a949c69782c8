/** Page numbers for a pager: always the first and last pages and the neighbours of the current one. */

/** How many pages `total` items fill at `size` a page; at least one, so an empty list still has a page. */
export const pageCount = (total: number, size: number): number => Math.max(1, Math.ceil(total / size));

/** The items of page `page` (1-based). */
export const pageSlice = <T>(items: readonly T[], page: number, size: number): T[] => items.slice((page - 1) * size, page * size);

/** Numbers to show, with 'gap' where pages are skipped: 1 … 4 5 6 … 20. */
export function pagerItems(current: number, count: number, around = 1): (number | 'gap')[] {
  const shown = new Set([1, count]);
  for (let p = current - around; p <= current + around; p++) if (p >= 1 && p <= count) shown.add(p);
  const sorted = [...shown].sort((a, b) => a - b);
  const out: (number | 'gap')[] = [];
  sorted.forEach((p, i) => {
    const prev = sorted[i - 1];
    // A gap of one page is shown as that page, never as "…".
    if (prev !== undefined && p - prev === 2) out.push(prev + 1);
    else if (prev !== undefined && p - prev > 2) out.push('gap');
    out.push(p);
  });
  return out;
}
