/**
 * The directive library's combined filters (components/directives/LibraryFilters.astro). On load with
 * facet parameters (?loai=cong-van&nam=2024), and on every choice, it asks the search index for the
 * directives with all the chosen values, newest first, writes the choice to the address, announces the
 * count, and shows the list in place of the server-rendered one, twenty at a time. With no choice the
 * server-rendered list is put back untouched. Elements marked data-library-unfiltered (the page's
 * pagination, its total count) describe only the full list and are hidden while a filter applies.
 */
import { loadPagefind, search, type FilterCounts, type Result, type ResultData, type SearchResponse } from './pagefind.ts';
import { fill, focusFirstLink, h, readStrings } from './dom.ts';
import { countQueries } from '../lib/search/filters.ts';
import { parseLibraryState, serializeLibraryState, type FilterSelection, type LibraryState } from '../lib/search/url-state.ts';
import { FACETS, type FacetKey } from '../lib/directives/facets.ts';
import { formatInteger } from '../lib/format/number.ts';

interface Strings {
  /** The `kind` filter value of directives. */
  kind: string;
  count: string;
  none: string;
  more: string;
  error: string;
}

const PAGE_SIZE = 20;

const form = document.querySelector<HTMLFormElement>('form[data-library-filters]');
if (form) start(form);

function start(form: HTMLFormElement): void {
  const S = readStrings<Strings>(form);
  const selects = new Map<FacetKey, HTMLSelectElement>();
  for (const s of form.querySelectorAll<HTMLSelectElement>('select[data-facet]')) selects.set(s.dataset.facet as FacetKey, s);
  const status = form.querySelector<HTMLElement>('[data-library-status]')!;
  let container = document.querySelector<HTMLElement>('[data-library-results]');
  if (!container) {
    container = h('div', { 'data-library-results': '' });
    form.after(container);
  }
  const results = container;
  // The server's rows use h2 or h3 depending on the page; filtered rows follow suit.
  const heading = (results.querySelector('li h2, li h3')?.tagName.toLowerCase() ?? 'h2') as 'h2' | 'h3';
  // The server-rendered list, kept aside while a filtered list is shown.
  const original = document.createDocumentFragment();
  let filtering = false;
  let run = 0;
  let found: Result[] = [];
  let shown = 0;
  let list: HTMLUListElement | undefined;
  let more: HTMLButtonElement | undefined;
  let values: Promise<unknown> | undefined;

  form.hidden = false;
  const initial = parseLibraryState(new URLSearchParams(location.search));
  const choose = () => {
    for (const [key, select] of selects) {
      const slug = initial[key];
      if (slug && [...select.options].some((o) => o.value === slug)) select.value = slug;
    }
  };
  choose();
  // Folded on a phone so the list comes first; open when the address already carries a filter.
  const details = form.querySelector<HTMLDetailsElement>('[data-library-details]');
  if (details && (Object.values(initial).some(Boolean) || matchMedia('(min-width: 48rem)').matches)) details.open = true;
  // Start the downloads as soon as the reader reaches the filters, so the first answer comes sooner.
  const reached = () => {
    void loadPagefind().catch(() => {});
    void tryValues();
  };
  form.addEventListener('focusin', reached, { once: true });
  details?.addEventListener('toggle', () => {
    if (details.open) void tryValues();
  });
  form.addEventListener('change', () => void apply());
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void apply();
  });
  // A choice in the address of a facet whose values come on demand waits for them.
  const waits = [...selects].some(([key, select]) => initial[key] && select.dataset.values);
  void (waits ? tryValues().then(choose) : Promise.resolve()).then(() => {
    if (Object.keys(chosen()).length > 0) void apply();
  });

  /** Fills the selects of ON_DEMAND_FACETS from their JSON, once (again after a failed download). */
  function loadValues(): Promise<unknown> {
    values ??= Promise.all(
      [...selects.values()]
        .filter((select) => select.dataset.values)
        .map(async (select) => {
          const response = await fetch(select.dataset.values!);
          if (!response.ok) throw new Error(`${response.status} ${select.dataset.values}`);
          const list = (await response.json()) as { slug: string; name: string; count: number }[];
          select.append(...list.map((v) => h('option', { value: v.slug, 'data-name': v.name }, `${v.name} (${formatInteger(v.count)})`)));
          delete select.dataset.values;
        }),
    );
    values.catch(() => (values = undefined));
    return values;
  }
  /** loadValues for a reader on a failing network: the other filters still work, and the next visit to the form tries again. */
  function tryValues(): Promise<unknown> {
    return loadValues().catch(() => undefined);
  }

  function chosen(): LibraryState {
    const state: LibraryState = {};
    for (const [key, select] of selects) if (select.value) state[key] = select.value;
    return state;
  }

  /** The address with the facet parameters replaced; other parameters are left as they are. */
  function writeAddress(state: LibraryState): void {
    const url = new URL(location.href);
    for (const key of FACETS) url.searchParams.delete(key);
    const facets = new URLSearchParams(serializeLibraryState(state));
    for (const [k, v] of facets) url.searchParams.append(k, v);
    history.replaceState(history.state, '', url);
  }

  function showServerList(): void {
    if (filtering) results.replaceChildren(original);
    filtering = false;
    for (const el of document.querySelectorAll<HTMLElement>('[data-library-unfiltered]')) el.hidden = false;
  }

  function showFilteredList(): void {
    if (!filtering) original.append(...results.childNodes);
    filtering = true;
    for (const el of document.querySelectorAll<HTMLElement>('[data-library-unfiltered]')) el.hidden = true;
  }

  async function apply(): Promise<void> {
    const id = ++run;
    const state = chosen();
    writeAddress(state);
    if (Object.keys(state).length === 0) {
      showServerList();
      status.textContent = '';
      updateCounts(null);
      return;
    }
    const selection: FilterSelection<FacetKey> = {};
    for (const [key, slug] of Object.entries(state) as [FacetKey, string][]) {
      const name = [...selects.get(key)!.options].find((o) => o.value === slug)?.dataset.name;
      if (name) selection[key] = [name];
    }
    const queries = countQueries(FACETS, selection);
    let responses: SearchResponse[];
    try {
      const pagefind = await loadPagefind();
      responses = await Promise.all(
        queries.map((q, i) =>
          search(pagefind, null, { filters: { ...q.filters, kind: { any: [S.kind] } }, ...(i === 0 ? { sort: { date: 'desc' as const } } : {}) }),
        ),
      );
    } catch {
      if (id === run) status.textContent = S.error;
      return;
    }
    if (id !== run) return;
    const counts: FilterCounts = {};
    queries.forEach((q, i) => q.keys.forEach((key) => (counts[key] = responses[i]!.filters[key] ?? {})));
    updateCounts(counts);
    found = responses[0]!.results;
    shown = 0;
    showFilteredList();
    list = h('ul', { class: 'list-plain' });
    more = h('button', { type: 'button', class: 'button more' }, S.more);
    more.addEventListener('click', async () => focusFirstLink(await showMore(run)));
    results.replaceChildren(list, more);
    await showMore(id);
    // Announced once the rows are there, so a screen reader hears the count of what it can read.
    if (id === run) status.textContent = found.length === 0 ? S.none : fill(S.count, { count: formatInteger(found.length) });
  }

  /** Loads and appends the next twenty rows; returns the first new one. */
  async function showMore(id: number): Promise<HTMLLIElement | undefined> {
    const page = found.slice(shown, shown + PAGE_SIZE);
    const data = await Promise.all(page.map((r) => r.data()));
    if (id !== run || !list || !more) return undefined;
    const rows = data.map(row);
    list.append(...rows);
    shown += page.length;
    more.hidden = shown >= found.length;
    return rows[0];
  }

  /** A row like the server's: title link, subject, "issuer · date". */
  function row(d: ResultData): HTMLLIElement {
    return h(
      'li',
      {},
      h(heading, { class: 'h-item' }, h('a', { href: d.url }, d.meta.title ?? d.url)),
      d.meta.subject ? h('p', {}, d.meta.subject) : null,
      h('p', { class: 'meta' }, [d.meta.issuer, d.meta.date].filter(Boolean).join(' · ')),
    );
  }

  /** Each option's count under the other choices; null puts back the totals printed by the server. */
  function updateCounts(counts: FilterCounts | null): void {
    for (const [key, select] of selects) {
      for (const option of select.options) {
        const name = option.dataset.name;
        if (!name) continue;
        option.dataset.total ??= option.text;
        option.text = counts ? `${name} (${formatInteger(counts[key]?.[name] ?? 0)})` : option.dataset.total;
      }
    }
  }
}
