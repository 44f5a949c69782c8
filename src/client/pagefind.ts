/**
 * Loads the Pagefind search library from the built site (<base>/pagefind/pagefind.js), once, and only
 * when a page first needs it. The types cover the part of Pagefind's browser API the site uses.
 */
import type { PagefindFilters } from '../lib/search/filters.ts';
import { DIACRITIC_SIMILARITY, META_WEIGHTS } from '../lib/search/ranking.ts';

/** Filter value → number of pages, per filter. */
export type FilterCounts = Record<string, Record<string, number>>;

/** What a result's data() returns. */
export interface ResultData {
  url: string;
  /** Text around the matched words, HTML-escaped by Pagefind, with the words in <mark>. */
  excerpt: string;
  /** The page's whole indexed text, unescaped: set it as text only. */
  content: string;
  /** Raw values: escape before use (set them as text, never as HTML). */
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

export interface Result {
  id: string;
  data(): Promise<ResultData>;
}

export interface SearchResponse {
  results: Result[];
  /** Per value, the results there would be with that value added to the current filters. */
  filters: FilterCounts;
}

export interface SearchOptions {
  filters?: PagefindFilters;
  sort?: Record<string, 'asc' | 'desc'>;
}

export interface Pagefind {
  options(o: {
    baseUrl?: string;
    excerptLength?: number;
    exactDiacritics?: boolean;
    ranking?: { metaWeights?: Record<string, number>; diacriticSimilarity?: number };
  }): Promise<void>;
  filters(): Promise<FilterCounts>;
  search(term: string | null, options?: SearchOptions): Promise<SearchResponse>;
}

/** The site's base path with one trailing slash ("/" or "/ntm/"). */
const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** Words in an excerpt, Pagefind's and the site's own (lib/search/excerpt.ts). */
export const EXCERPT_WORDS = 24;

let loading: Promise<Pagefind> | undefined;

/** Pagefind, ready to search with filter counts; the first call downloads it. */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    // A runtime address: the index exists only in the built site, so the bundler must not resolve it.
    const pagefind = (await import(/* @vite-ignore */ `${BASE}pagefind/pagefind.js`)) as Pagefind;
    // Result addresses are relative to the site root; the base path makes them work under /ntm/ too.
    // Pagefind searches in its Web Worker (pagefind/pagefind-worker.js, 12 kB gzip, same origin, so the
    // CSP's script-src 'self' allows it): at national scale a search for a common word with the filter
    // lists loaded takes seconds of CPU, which on the main thread would freeze the page.
    await pagefind.options({ baseUrl: BASE, excerptLength: EXCERPT_WORDS, ranking: { metaWeights: { ...META_WEIGHTS }, diacriticSimilarity: DIACRITIC_SIMILARITY } });
    return pagefind;
  })();
  // A failed download (offline) may be retried by the next search.
  loading.catch(() => (loading = undefined));
  return loading;
}

let lists: Promise<unknown> | undefined;

/**
 * Downloads every filter's page lists, after which searches return per-value counts. Apart from the
 * first search: at national scale the lists are the largest part of the index (419 kB at 43,000
 * pages, more than the rest of a first query), and a search with a filter fetches that filter's list
 * by itself.
 */
export function loadFilterLists(pagefind: Pagefind): Promise<unknown> {
  lists ??= pagefind.filters();
  lists.catch(() => (lists = undefined));
  return lists;
}

let queue: Promise<unknown> = Promise.resolve();

/** Runs Pagefind calls one at a time: exactDiacritics is a setting of the whole instance, not of one search. */
function serial<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

/** A search, queued behind any exact one under way. */
export const search = (pagefind: Pagefind, term: string | null, options?: SearchOptions): Promise<SearchResponse> =>
  serial(() => pagefind.search(term, options));

/** A search that matches words only with the tone marks and đ as typed (see lib/search/exact-first.ts). */
export const searchExact = (pagefind: Pagefind, term: string, options?: SearchOptions): Promise<SearchResponse> =>
  serial(async () => {
    await pagefind.options({ exactDiacritics: true });
    try {
      return await pagefind.search(term, options);
    } finally {
      await pagefind.options({ exactDiacritics: false });
    }
  });
