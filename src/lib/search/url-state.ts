/**
 * What the search page and the library filters keep in the address, so a search can be bookmarked,
 * shared and reloaded: `/tim-kiem/?q=nông+thôn&loai=Công+văn&sap-xep=ngay` and
 * `/van-ban/?loai=cong-van&nam=2024`. The search page holds filter values by name (they are what
 * Pagefind stores); the library holds facet slugs, like its pages for readers without JavaScript.
 */
import { FACETS, type FacetKey } from '../directives/facets.ts';

/** Filters offered on the search page, as Pagefind keys. */
export const SEARCH_FILTERS = ['kind', 'loai', 'co-quan', 'nam', 'tinh'] as const;
export type SearchFilterKey = (typeof SEARCH_FILTERS)[number];

/** Query parameter of each filter: the facet key, and a Vietnamese word for the page kind. */
export const SEARCH_PARAMS: Record<SearchFilterKey, string> = { kind: 'muc', loai: 'loai', 'co-quan': 'co-quan', nam: 'nam', tinh: 'tinh' };

/** Parameter and value that ask for newest first instead of best match. */
export const SORT_PARAM = 'sap-xep';
export const SORT_BY_DATE = 'ngay';

export type SearchSort = 'relevance' | 'date';

/** Selected values per filter; a filter with no value is absent. */
export type FilterSelection<K extends string> = Partial<Record<K, string[]>>;

export interface SearchState {
  /** The query as typed (prepareQuery tidies it before searching). */
  q: string;
  filters: FilterSelection<SearchFilterKey>;
  sort: SearchSort;
}

const uniqueNonEmpty = (values: string[]): string[] => [...new Set(values.map((v) => v.trim()).filter((v) => v !== ''))];

/** Read the search page's state from a query string; unknown parameters are ignored. */
export function parseSearchState(params: URLSearchParams): SearchState {
  const filters: FilterSelection<SearchFilterKey> = {};
  for (const key of SEARCH_FILTERS) {
    const values = uniqueNonEmpty(params.getAll(SEARCH_PARAMS[key]));
    if (values.length > 0) filters[key] = values;
  }
  return { q: params.get('q') ?? '', filters, sort: params.get(SORT_PARAM) === SORT_BY_DATE ? 'date' : 'relevance' };
}

/** The query string for a state, without "?": q first, filters in a fixed order, then the sort; defaults left out. */
export function serializeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim() !== '') params.set('q', state.q.trim());
  for (const key of SEARCH_FILTERS) for (const v of uniqueNonEmpty(state.filters[key] ?? [])) params.append(SEARCH_PARAMS[key], v);
  if (state.sort === 'date') params.set(SORT_PARAM, SORT_BY_DATE);
  return params.toString();
}

/** The library's chosen facet values, as slugs, one per facet. */
export type LibraryState = Partial<Record<FacetKey, string>>;

/** Read the library filters from a query string: the first non-empty value of each facet parameter. */
export function parseLibraryState(params: URLSearchParams): LibraryState {
  const state: LibraryState = {};
  for (const key of FACETS) {
    const value = params.getAll(key).map((v) => v.trim()).find((v) => v !== '');
    if (value !== undefined) state[key] = value;
  }
  return state;
}

/** The query string for the library filters, without "?", facets in their fixed order. */
export function serializeLibraryState(state: LibraryState): string {
  const params = new URLSearchParams();
  for (const key of FACETS) {
    const value = state[key]?.trim();
    if (value) params.set(key, value);
  }
  return params.toString();
}
