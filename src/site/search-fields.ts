/**
 * What each indexed page gives the search index (see components/search/IndexFields.astro): its kind,
 * its filter values (the directive library's facets, by name), metadata for the result list, a date
 * sort key, and search-only metadata: the words with đ folded to d (lib/search/fold-fields.ts) and a
 * directive's number words (lib/search/number-words.ts). Kept here so the pages only add one component.
 *
 * Every field is paid for on every page of its kind, and unit pages will be most of the 30,000 pages
 * at national scale: a unit gives only what finds it (name, the units above it, level, former names).
 */
import type { CollectionEntry } from 'astro:content';
import type { IndexFieldsProps as IndexFields } from '../lib/search/index-fields.ts';
import { FACETS, type DirectiveFacets } from '../lib/directives/facets.ts';
import { formatPartialDate } from '../lib/format/date.ts';
import { parsePartialDate } from '../lib/dates/partial-date.ts';
import { dateSortKey, UNDATED_SORT_KEY } from '../lib/search/sort-key.ts';
import { unitFullName } from '../lib/units/unit-path.ts';
import { unitId } from '../lib/units/unit-index.ts';
import { t } from '../i18n/vi.ts';
import { endOfDate, type DirectiveEntry, type NewsEntry, type Portal, type Unit } from './portal.ts';
import { titleOf } from './titles.ts';
import { isResultsYearPath } from './paths.ts';
import { localityLinks } from './refs.ts';
import { foldFields } from '../lib/search/fold-fields.ts';
import { numberIndexWords } from '../lib/search/number-words.ts';
import { NUMBER_SEPARATOR } from '../lib/search/result-view.ts';
import { numberOf } from '../lib/directives/number-of.ts';
import { formerNumbers } from '../lib/docnum/parse.ts';

/** "15/06/2020", "tháng 01/2024", "năm 2024", as on the pages. */
const shownDate = (iso: string): string => {
  const d = parsePartialDate(iso);
  return d ? formatPartialDate(d) : '';
};

/** Names of the current provinces of the units a page names, each once. */
const provinceNames = (p: Portal, refs: readonly { code: string; at?: string }[], date: string): string[] => {
  const names = refs.flatMap((r) => {
    const u = p.unitIndex.at(r.code, r.at ?? endOfDate(date));
    const province = u && p.unitIndex.byId(p.provinceOf.get(unitId(u)) ?? '');
    return province ? [unitFullName(province)] : [];
  });
  return [...new Set(names)];
};

/**
 * A directive: every library facet as a filter; title, subject, issuer, date and number (in force,
 * then any struck on the original) for the result list. The page's metadata panel is left out of the indexed
 * text (its fields run together without spaces in Pagefind's text and would fill the excerpts), so the
 * facts a reader may search for are given here instead: Pagefind searches metadata too. The signer
 * and the places are search-only fields, as are the number words, in force and struck.
 */
export function directiveIndexFields(p: Portal, entry: DirectiveEntry, facets: DirectiveFacets | undefined): IndexFields {
  const d = entry.data;
  const places = localityLinks(p, d.localities, d.date).map((l) => l.name);
  const names = (key: (typeof FACETS)[number]) => (facets?.[key] ?? []).map((v) => v.name);
  const title = titleOf(d);
  const meta = {
    title,
    subject: d.subject,
    issuer: d.issuer,
    date: shownDate(d.date),
    // The number in force, then each number struck on the original (shown as such in the results).
    number: [numberOf(d.number, d.number_parts).normalized, ...formerNumbers(d.number)].join(NUMBER_SEPARATOR),
    signer: d.signer?.name ?? '',
    places: [...new Set([d.place ?? '', ...places, ...names('tinh')].filter(Boolean))].join('; '),
  };
  return {
    kind: t('search.kind.directive'),
    filters: Object.fromEntries(FACETS.map((key) => [key, names(key)])),
    meta: {
      ...meta,
      number_words: numberIndexWords(d.number, d.number_parts).join(' '),
      ...foldFields(title, [...Object.values(meta), entry.body ?? '', ...d.cites.map((c) => c.number)]),
    },
    sort: { date: dateSortKey(d.date) },
  };
}

/** A news article: year, provinces and campaigns as filters. */
export function newsIndexFields(p: Portal, entry: NewsEntry): IndexFields {
  const n = entry.data;
  const year = parsePartialDate(n.date)?.year ?? null;
  const campaignNames = p.campaigns.filter((c) => n.campaigns.includes(c.id)).map((c) => c.data.name);
  // What the page shows besides its text: author, source, the documents it reports and cites, campaigns, places.
  const shown = [n.author ?? '', n.source_name, ...[...n.reports, ...n.cites].map((m) => m.number), ...campaignNames, ...localityLinks(p, n.localities, n.date).map((l) => l.name)];
  return {
    kind: t('search.kind.news'),
    filters: {
      nam: year === null ? [] : [String(year)],
      tinh: provinceNames(p, n.localities, n.date),
      'phong-trao': campaignNames,
    },
    meta: { title: n.title, date: shownDate(n.date), ...foldFields(n.title, [entry.body ?? '', ...shown]) },
    sort: { date: dateSortKey(n.date) },
  };
}

/** A campaign: its provinces as a filter, its period as the date, sorted by its start. */
export function campaignIndexFields(p: Portal, entry: CollectionEntry<'campaigns'>, period: string): IndexFields {
  const c = entry.data;
  return {
    kind: t('search.kind.campaign'),
    filters: { tinh: provinceNames(p, c.localities, '') },
    meta: { title: c.name, date: c.from || c.to ? period : '', ...foldFields(c.name, [c.summary, entry.body ?? '']) },
    // Every indexed page needs a date key, or sorting by date would drop it from the results.
    sort: { date: dateSortKey(c.from) },
  };
}

/**
 * A unit: its province as a filter; its full name as the title and its level (a commune's highest
 * recognised level) for the result list; the names it had before a merger ("Xã Hàm Tân" finds Xã Hàm
 * Giang). The page's own indexed text is its name, code and the units above it. Nothing else (not the
 * criteria count, not "Đã sáp nhập": a former unit is told by its address) because every word here is
 * repeated on thousands of pages at national scale.
 */
export function unitIndexFields(p: Portal, unit: Unit, about: { level?: string; parents: readonly Unit[] }): IndexFields {
  const province = p.unitIndex.byId(p.provinceOf.get(unitId(unit)) ?? '');
  const title = unitFullName(unit);
  const formerNames = [...new Set((p.predecessors.get(unitId(unit)) ?? []).map((s) => unitFullName(s.unit)))].filter((n) => n !== title);
  const meta = { level: about.level ?? '', formerly: formerNames.join(', ') };
  return {
    kind: t('search.kind.locality'),
    filters: { tinh: province ? [unitFullName(province)] : [] },
    meta: { title, ...meta, ...foldFields(title, [...Object.values(meta), ...about.parents.map(unitFullName)]) },
    // Units have no date; the same key for all keeps them in date-sorted results, which drop pages without one.
    sort: { date: UNDATED_SORT_KEY },
  };
}

/** Sections indexed whole by the layout, so their pages need no search markup of their own. */
const INDEXED_SECTIONS: readonly { path: string; kind: () => string }[] = [{ path: '/ket-qua/', kind: () => t('search.kind.results') }];

/**
 * The index fields of a page in an indexed section (the programme results under /ket-qua/), or
 * undefined: BaseLayout then indexes the page's main content under this kind and title.
 * `path` is the page's path without the base path.
 */
export function sectionIndexFields(path: string, title: string): IndexFields | undefined {
  const section = INDEXED_SECTIONS.find((s) => path.startsWith(s.path));
  // One results page per scope is enough to find it (it shows the latest year and links the others);
  // the pages of past years would add as many pages again as there are years (3,700 at national scale),
  // and every indexed page costs each reader's first search a few bytes.
  if (!section || isResultsYearPath(path)) return undefined;
  return { kind: section.kind(), filters: {}, meta: { title, ...foldFields(title, []) }, sort: { date: UNDATED_SORT_KEY } };
}
