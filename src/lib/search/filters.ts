/**
 * Pagefind filter objects for the search page and the library. Within one filter the chosen values
 * are alternatives ("Công văn" or "Thông báo"); different filters must all hold. The count shown
 * beside a value is what the reader would get by ticking it: the results under every other filter,
 * narrowed to that value. So each filter with a choice needs its own count query without itself.
 */
import type { FilterSelection } from './url-state.ts';

/** Pagefind's filter argument: each key must match one of its values. */
export type PagefindFilters = Record<string, { any: string[] }>;

/** The Pagefind filters for a selection; filters without values are left out. */
export function toPagefindFilters<K extends string>(selection: FilterSelection<K>): PagefindFilters {
  const out: PagefindFilters = {};
  for (const [key, values] of Object.entries(selection) as [K, string[] | undefined][]) {
    if (values && values.length > 0) out[key] = { any: [...values] };
  }
  return out;
}

/** One search to run for the counts of some filters. */
export interface CountQuery<K extends string> {
  /** The filters whose counts this query's results give. */
  keys: K[];
  filters: PagefindFilters;
}

/**
 * The searches that give every filter's counts: one with the whole selection (for the filters with
 * nothing chosen) and one per filter with a choice, leaving that filter out. The first query is also
 * the one whose results are shown.
 */
export function countQueries<K extends string>(keys: readonly K[], selection: FilterSelection<K>): CountQuery<K>[] {
  const chosen = keys.filter((k) => (selection[k]?.length ?? 0) > 0);
  const main: CountQuery<K> = { keys: keys.filter((k) => !chosen.includes(k)), filters: toPagefindFilters(selection) };
  return [
    main,
    ...chosen.map((k) => {
      const rest: FilterSelection<K> = { ...selection };
      delete rest[k];
      return { keys: [k], filters: toPagefindFilters(rest) };
    }),
  ];
}
