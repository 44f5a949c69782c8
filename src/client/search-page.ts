/**
 * The search page (/tim-kiem/): runs the query in the address (?q=…), shows the count, the results
 * ten at a time, and filters with counts; every change is written back to the address, so a search
 * can be bookmarked and the back button returns to the previous query.
 */
import { EXCERPT_WORDS, loadFilterLists, loadPagefind, search as pagefindSearch, searchExact, type FilterCounts, type Pagefind, type Result, type ResultData, type SearchResponse } from './pagefind.ts';
import { fill, focusFirstLink, h, readStrings } from './dom.ts';
import { prepareQuery } from '../lib/search/prepare-query.ts';
import { ownExcerpt } from '../lib/search/excerpt.ts';
import { resultView } from '../lib/search/result-view.ts';
import { exactFirst, typedWithDiacritics } from '../lib/search/exact-first.ts';
import { countQueries } from '../lib/search/filters.ts';
import { SEARCH_FILTERS, SEARCH_PARAMS, parseSearchState, serializeSearchState, type SearchFilterKey, type SearchState } from '../lib/search/url-state.ts';
import { formatInteger } from '../lib/format/number.ts';
import { compareVietnamese } from '../lib/text/fold.ts';

/** Strings the page passes in (see src/pages/tim-kiem/index.astro). */
interface Strings {
  prompt: string;
  loading: string;
  count: string;
  countFiltered: string;
  noResults: string;
  noResultsFiltered: string;
  error: string;
  number: string;
  /** "số bị gạch trên bản gốc: {numbers}" */
  struck: string;
  former: string;
  formedFrom: string;
  /** Legend of each filter group. */
  legends: Record<SearchFilterKey, string>;
}

const PAGE_SIZE = 10;

const root = document.querySelector<HTMLElement>('[data-search-app]');
const form = document.querySelector<HTMLFormElement>('form[data-search-form]');
if (root && form) start(root, form);

function start(root: HTMLElement, form: HTMLFormElement): void {
  const S = readStrings<Strings>(root);
  const part = <T extends Element>(selector: string) => root.querySelector<T>(selector)!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const sortSelect = part<HTMLSelectElement>('select[data-search-sort]');
  const aside = part<HTMLElement>('[data-search-aside]');
  const filterBox = part<HTMLElement>('[data-search-filters]');
  const clear = part<HTMLButtonElement>('[data-search-clear-all]');
  const status = part<HTMLElement>('[data-search-status]');
  const list = part<HTMLOListElement>('[data-search-results]');
  const more = part<HTMLButtonElement>('[data-search-more]');
  const none = part<HTMLElement>('[data-search-none]');
  const noneFilters = part<HTMLElement>('[data-search-none-filters]');
  root.hidden = false;

  let state = parseSearchState(new URLSearchParams(location.search));
  let results: Result[] = [];
  /** The query's words, folded, for marking excerpts Pagefind could not. */
  let queryWords: string[] = [];
  let shown = 0;
  let run = 0;

  const show = (s: SearchState) => {
    input.value = s.q;
    sortSelect.value = s.sort;
    void search(s);
  };

  /** Write the state to the address: a new entry for a new query, the same entry for a refinement. */
  const commit = (how: 'push' | 'replace') => {
    const qs = serializeSearchState(state);
    const url = `${location.pathname}${qs ? `?${qs}` : ''}`;
    if (how === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    void search(state);
  };

  input.addEventListener('focus', () => void loadPagefind().catch(() => {}), { once: true });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    state = { ...state, q: input.value };
    commit('push');
  });
  sortSelect.addEventListener('change', () => {
    state = { ...state, sort: sortSelect.value === 'date' ? 'date' : 'relevance' };
    commit('replace');
  });
  filterBox.addEventListener('change', () => {
    state = { ...state, filters: chosenFilters() };
    commit('replace');
  });
  root.addEventListener('click', (e) => {
    if (!(e.target instanceof Element) || !e.target.closest('[data-search-clear-all], [data-search-clear]')) return;
    state = { ...state, filters: {} };
    commit('replace');
    input.focus();
  });
  more.addEventListener('click', async () => {
    const first = await showMore();
    focusFirstLink(first);
  });
  window.addEventListener('popstate', () => {
    state = parseSearchState(new URLSearchParams(location.search));
    show(state);
  });
  show(state);

  function chosenFilters(): SearchState['filters'] {
    const out: SearchState['filters'] = {};
    for (const key of SEARCH_FILTERS) {
      const values = [...filterBox.querySelectorAll<HTMLInputElement>(`input[name="${SEARCH_PARAMS[key]}"]:checked`)].map((i) => i.value);
      if (values.length > 0) out[key] = values;
    }
    return out;
  }

  async function search(s: SearchState): Promise<void> {
    const id = ++run;
    const query = prepareQuery(s.q);
    const filtered = Object.keys(s.filters).length > 0;
    list.replaceChildren();
    more.hidden = true;
    none.hidden = true;
    if (query.term === null && !filtered) {
      status.textContent = S.prompt;
      filterBox.replaceChildren();
      aside.hidden = true;
      return;
    }
    status.textContent = S.loading;
    const queries = countQueries(SEARCH_FILTERS, s.filters);
    const sort = s.sort === 'date' ? { date: 'desc' as const } : undefined;
    let pagefind: Pagefind;
    let found: SearchResponse;
    let exact: Result[] = [];
    try {
      pagefind = await loadPagefind();
      found = await pagefindSearch(pagefind, query.term, { filters: queries[0]!.filters, ...(sort ? { sort } : {}) });
      // Typed with marks and ranked by relevance: the matches as typed come first.
      if (query.term !== null && !sort && typedWithDiacritics(query.term)) exact = (await searchExact(pagefind, query.term, { filters: queries[0]!.filters })).results;
    } catch {
      if (id === run) status.textContent = S.error;
      return;
    }
    if (id !== run) return;
    // The counts come after the results are shown: their lists are the heavier download (see loadFilterLists).
    const counts = () => void showCounts(id, pagefind, query.term, queries, s.filters);
    results = exactFirst(exact, found.results);
    queryWords = query.words;
    shown = 0;
    const count = formatInteger(results.length);
    if (results.length === 0) {
      status.textContent = query.term === null ? S.noResultsFiltered : fill(S.noResults, { q: query.text });
      none.hidden = false;
      noneFilters.hidden = !filtered;
      counts();
      return;
    }
    await showMore(id);
    counts();
    // Announced once the results are there, so the count describes what can be read.
    if (id === run) status.textContent = query.term === null ? fill(S.countFiltered, { count }) : fill(S.count, { count, q: query.text });
  }

  /** The filters with a count per value: one search per set of filters the counts depend on. */
  async function showCounts(id: number, pagefind: Pagefind, term: string | null, queries: ReturnType<typeof countQueries>, chosen: SearchState['filters']): Promise<void> {
    let responses: SearchResponse[];
    try {
      await loadFilterLists(pagefind);
      // One at a time, stopping when the reader has moved on: each count search over a large result
      // set takes a while, and a newer search waits behind any already queued.
      responses = [];
      for (const q of queries) {
        if (id !== run) return;
        responses.push(await pagefindSearch(pagefind, term, { filters: q.filters }));
      }
    } catch {
      return; // The results are shown; without counts the filters stay hidden.
    }
    if (id !== run) return;
    const counts: FilterCounts = {};
    queries.forEach((q, i) => q.keys.forEach((key) => (counts[key] = responses[i]!.filters[key] ?? {})));
    renderFilters(counts, chosen);
  }

  /** Loads and appends the next page of results; returns the first new item. */
  async function showMore(id = run): Promise<HTMLLIElement | undefined> {
    const page = results.slice(shown, shown + PAGE_SIZE);
    const data = await Promise.all(page.map((r) => r.data()));
    if (id !== run) return undefined;
    const items = data.map(resultItem);
    list.append(...items);
    shown += page.length;
    more.hidden = shown >= results.length;
    return items[0];
  }

  function resultItem(d: ResultData): HTMLLIElement {
    const view = resultView(d);
    const excerpt = h('p', { class: 'excerpt' });
    // A word matched in the folded copy (d for đ) is not marked by Pagefind: mark it in the page text.
    const own = ownExcerpt(d.excerpt, d.content, queryWords, EXCERPT_WORDS);
    if (own) excerpt.append(...own.map((part) => (part.mark ? h('mark', {}, part.text) : part.text)));
    // Pagefind escapes the page text and adds only <mark> around matched words.
    else excerpt.innerHTML = d.excerpt;
    return h(
      'li',
      { class: 'search-result' },
      h('h3', {}, h('a', { href: d.url }, d.meta.title ?? d.url)),
      h('p', { class: 'meta' }, view.about.join(' · '), view.former ? ' ' : '', view.former ? h('span', { class: 'tag' }, S.former) : ''),
      view.number || view.issuer
        ? h(
            'p',
            { class: 'meta' },
            view.number ? `${S.number}: ${view.number}` : '',
            view.struck.length > 0 ? ` (${fill(S.struck, { numbers: view.struck.join(', ') })})` : '',
            view.number && view.issuer ? ' · ' : '',
            view.issuer,
          )
        : null,
      view.formerly ? h('p', { class: 'meta' }, `${S.formedFrom}: ${view.formerly}`) : null,
      excerpt,
    );
  }

  /** Checkbox groups with counts; keeps focus on the box the reader just ticked. */
  function renderFilters(counts: FilterCounts, chosen: SearchState['filters']): void {
    const active = document.activeElement instanceof HTMLInputElement && filterBox.contains(document.activeElement) ? document.activeElement : null;
    const groups = SEARCH_FILTERS.flatMap((key) => {
      const byValue = counts[key] ?? {};
      const selected = chosen[key] ?? [];
      const values = [...new Set([...Object.keys(byValue).filter((v) => (byValue[v] ?? 0) > 0), ...selected])];
      if (values.length === 0) return [];
      values.sort(key === 'nam' ? (a, b) => b.localeCompare(a) : compareVietnamese);
      const param = SEARCH_PARAMS[key];
      return [
        h(
          'fieldset',
          {},
          h('legend', {}, S.legends[key]),
          ...values.map((v) => {
            const box = h('input', { type: 'checkbox', name: param, value: v });
            box.checked = selected.includes(v);
            return h('label', {}, box, `${v} (${formatInteger(byValue[v] ?? 0)})`);
          }),
        ),
      ];
    });
    filterBox.replaceChildren(...groups);
    aside.hidden = groups.length === 0;
    clear.hidden = Object.keys(chosen).length === 0;
    if (active) {
      const again = [...filterBox.querySelectorAll<HTMLInputElement>('input')].find((i) => i.name === active.name && i.value === active.value);
      again?.focus();
    }
  }
}
