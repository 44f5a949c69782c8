/**
 * What each indexed page gives the search index (see components/search/IndexFields.astro): its kind,
 * its filter values (the directive library's facets, by name), metadata for the result list, and a
 * date sort key. Kept here so the pages only add one component.
 */
import type { CollectionEntry } from 'astro:content';
import type { IndexFieldsProps as IndexFields } from '../lib/search/index-fields.ts';
import type { Directive } from '../schemas/directive.ts';
import { FACETS, type DirectiveFacets } from '../lib/directives/facets.ts';
import { formatPartialDate } from '../lib/format/date.ts';
import { parsePartialDate } from '../lib/dates/partial-date.ts';
import { dateSortKey } from '../lib/search/sort-key.ts';
import { unitFullName } from '../lib/units/unit-path.ts';
import { unitId } from '../lib/units/unit-index.ts';
import { t } from '../i18n/vi.ts';
import { endOfDate, type NewsEntry, type Portal, type Unit } from './portal.ts';
import { titleOf } from './titles.ts';
import { localityLinks } from './refs.ts';
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
 * A directive: every library facet as a filter; title, subject, issuer, date and number (in force, then struck) for the
 * result list. The page's metadata panel is left out of the indexed text (its fields run together
 * without spaces in Pagefind's text and would fill the excerpts), so the facts a reader may search for
 * are given here instead: Pagefind searches metadata too. The signer and the places are extra fields.
 */
export function directiveIndexFields(p: Portal, d: Directive, facets: DirectiveFacets | undefined): IndexFields {
  const places = localityLinks(p, d.localities, d.date).map((l) => l.name);
  const names = (key: (typeof FACETS)[number]) => (facets?.[key] ?? []).map((v) => v.name);
  return {
    kind: t('search.kind.directive'),
    filters: Object.fromEntries(FACETS.map((key) => [key, names(key)])),
    meta: {
      title: titleOf(d),
      subject: d.subject,
      issuer: d.issuer,
      date: shownDate(d.date),
      // The number in force, then any number struck on the original: both must find the document.
      number: [numberOf(d.number, d.number_parts).normalized, ...formerNumbers(d.number)].join(' · '),
      signer: d.signer?.name ?? '',
      places: [...new Set([d.place ?? '', ...places, ...names('tinh')].filter(Boolean))].join('; '),
    },
    sort: { date: dateSortKey(d.date) },
  };
}

/** A news article: year, provinces and campaigns as filters. */
export function newsIndexFields(p: Portal, entry: NewsEntry): IndexFields {
  const n = entry.data;
  const year = parsePartialDate(n.date)?.year ?? null;
  const campaignNames = p.campaigns.filter((c) => n.campaigns.includes(c.id)).map((c) => c.data.name);
  return {
    kind: t('search.kind.news'),
    filters: {
      nam: year === null ? [] : [String(year)],
      tinh: provinceNames(p, n.localities, n.date),
      'phong-trao': campaignNames,
    },
    meta: { title: n.title, date: shownDate(n.date) },
    sort: { date: dateSortKey(n.date) },
  };
}

/** A campaign: its provinces as a filter, its period as the date, sorted by its start. */
export function campaignIndexFields(p: Portal, entry: CollectionEntry<'campaigns'>, period: string): IndexFields {
  const c = entry.data;
  return {
    kind: t('search.kind.campaign'),
    filters: { tinh: provinceNames(p, c.localities, '') },
    meta: { title: c.name, date: c.from || c.to ? period : '' },
    // Every indexed page needs a date key, or sorting by date would drop it from the results.
    sort: { date: dateSortKey(c.from) },
  };
}

/**
 * A unit: its province as a filter; its full name, the unit above it, its level and latest criteria
 * count for the result list. Former units say so, so a search for an old name finds the old page
 * and the reader sees it has been merged.
 */
export function unitIndexFields(p: Portal, unit: Unit, about: { level?: string; criteria?: string }): IndexFields {
  const province = p.unitIndex.byId(p.provinceOf.get(unitId(unit)) ?? '');
  const parent = p.parentOf(unit);
  return {
    kind: t('search.kind.locality'),
    filters: { tinh: province ? [unitFullName(province)] : [] },
    meta: {
      title: unitFullName(unit),
      parent: parent ? unitFullName(parent) : '',
      level: about.level ?? '',
      criteria: about.criteria ?? '',
      former: unit.valid_to ? t('unit.mergedBadge') : '',
    },
    // Units have no date; the same key for all keeps them in date-sorted results.
    sort: { date: dateSortKey('') },
  };
}
