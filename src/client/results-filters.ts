/**
 * The scope picker of a results page (components/results/ResultsFilters.astro). It reads the list of
 * scopes (/ket-qua/pham-vi.json, one small file the browser caches for every results page), fills the
 * scope and year lists, and on "Xem" goes to the page of the chosen scope and year; when that scope has
 * no figures for the chosen year, to its latest year. Every address it goes to is a plain page that
 * works without this script; without it, the year links and the list of scopes remain.
 */
import { h, readStrings } from './dom.ts';

/** One scope of the JSON list. */
interface ScopeEntry {
  key: string;
  name: string;
  group: string;
  /** The scope's page for its latest year. */
  path: string;
  /** Each year with its page. */
  years: [number, string][];
}

interface Strings {
  latest: string;
}

const form = document.querySelector<HTMLFormElement>('form[data-scope-picker]');
if (form) void start(form);

async function start(form: HTMLFormElement): Promise<void> {
  const scopeSelect = form.querySelector<HTMLSelectElement>('[data-picker-scope]')!;
  const yearSelect = form.querySelector<HTMLSelectElement>('[data-picker-year]')!;
  const S = readStrings<Strings>(form);
  let scopes: ScopeEntry[];
  try {
    const response = await fetch(form.dataset.src!);
    if (!response.ok) return;
    scopes = (await response.json()) as ScopeEntry[];
  } catch {
    // The links stay; the picker only adds a shortcut.
    return;
  }
  const byKey = new Map(scopes.map((s) => [s.key, s]));
  const groups = new Map<string, ScopeEntry[]>();
  for (const s of scopes) groups.set(s.group, [...(groups.get(s.group) ?? []), s]);
  scopeSelect.replaceChildren(
    ...[...groups].map(([label, list]) => h('optgroup', { label }, ...list.map((s) => h('option', { value: s.key }, s.name)))),
  );
  scopeSelect.value = form.dataset.scope ?? '';

  const fillYears = (wanted: string) => {
    const scope = byKey.get(scopeSelect.value);
    yearSelect.replaceChildren(h('option', { value: '' }, S.latest), ...(scope?.years ?? []).map(([y]) => h('option', { value: String(y) }, String(y))));
    yearSelect.value = scope?.years.some(([y]) => String(y) === wanted) ? wanted : '';
  };
  fillYears(form.dataset.year ?? '');
  // Keep the year chosen when the scope changes, where the new scope has it.
  scopeSelect.addEventListener('change', () => fillYears(yearSelect.value || form.dataset.year || ''));

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const scope = byKey.get(scopeSelect.value);
    if (!scope) return;
    const year = scope.years.find(([y]) => String(y) === yearSelect.value);
    location.assign(year ? year[1] : scope.path);
  });
  form.hidden = false;
}
