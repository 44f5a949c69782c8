/**
 * The news list's facets (campaign, province, year), computed once per build, and the lists the news
 * section publishes: all articles and one list per facet value, newest first.
 */
import { countFacets, facetListings, UNDATED, type FacetCount, type FacetListing, type FacetValue } from '../lib/directives/facets.ts';
import { parsePartialDate, partialDateSortKey } from '../lib/dates/partial-date.ts';
import { relatedItems } from '../lib/news/related.ts';
import { citations, type CitationGraph } from './citations.ts';
import { unitId } from '../lib/units/unit-index.ts';
import { addTo } from '../lib/units/unit-graph.ts';
import { unitFullName, unitSlug } from '../lib/units/unit-path.ts';
import { t } from '../i18n/vi.ts';
import { endOfDate, portal, type NewsEntry, type Portal } from './portal.ts';

/** Facets of the news list; also URL segments (/tin-tuc/phong-trao/<id>/). */
export const NEWS_FACETS = ['phong-trao', 'tinh', 'nam'] as const;
export type NewsFacetKey = (typeof NEWS_FACETS)[number];
type NewsFacets = Record<NewsFacetKey, FacetValue[]>;

/** Articles per page. */
export const NEWS_PAGE_SIZE = 20;

export type NewsListing = FacetListing<NewsEntry, NewsFacetKey>;

export interface NewsLibrary {
  facetsOf: Map<string, NewsFacets>;
  counts: Record<NewsFacetKey, FacetCount[]>;
  listings: NewsListing[];
  /** Related articles of each article (sharing a campaign, a province or a reported directive). */
  related: Map<string, NewsEntry[]>;
}

const unique = (values: FacetValue[]) => [...new Map(values.map((v) => [v.slug, v])).values()];

const build = (p: Portal, graph: CitationGraph): NewsLibrary => {
  const campaignNames = new Map(p.campaigns.map((c) => [c.id, c.data.name]));
  const facetsOf = new Map<string, NewsFacets>();
  for (const e of p.news) {
    const n = e.data;
    const year = parsePartialDate(n.date)?.year ?? null;
    const provinces = n.localities.flatMap((r) => {
      const u = p.unitIndex.at(r.code, r.at ?? endOfDate(n.date));
      const province = u && p.unitIndex.byId(p.provinceOf.get(unitId(u)) ?? '');
      return province ? [{ slug: unitSlug(province), name: unitFullName(province) }] : [];
    });
    facetsOf.set(e.id, {
      'phong-trao': unique(n.campaigns.map((k) => ({ slug: k, name: campaignNames.get(k) ?? k }))),
      tinh: unique(provinces),
      nam: [year === null ? { slug: UNDATED, name: t('directives.undated') } : { slug: String(year), name: String(year) }],
    });
  }
  const counts = countFacets([...facetsOf.values()], NEWS_FACETS);
  // What links articles; each article is compared only with those sharing one of its keys.
  const relatable = p.news.map((e) => ({
    id: e.id,
    order: partialDateSortKey(parsePartialDate(e.data.date)!),
    keys: [
      ...(facetsOf.get(e.id)?.['phong-trao'] ?? []).map((v) => `campaign:${v.slug}`),
      ...(facetsOf.get(e.id)?.tinh ?? []).map((v) => `province:${v.slug}`),
      ...(graph.ofNews.get(e.id) ?? []).flatMap((c) => (c.resolution.status === 'held' ? [`directive:${c.resolution.id}`] : [])),
    ],
  }));
  const byKey = new Map<string, typeof relatable>();
  for (const r of relatable) for (const k of r.keys) addTo(byKey, k, r);
  const related = new Map(
    relatable.map((r) => [r.id, relatedItems(r, [...new Set(r.keys.flatMap((k) => byKey.get(k) ?? []))]).map((id) => p.newsById.get(id)!)]),
  );
  return { facetsOf, counts, listings: facetListings(p.news, facetsOf, counts, NEWS_FACETS), related };
};

let cache: Promise<NewsLibrary> | undefined;
/** The news list's facets and lists; computed on first use. */
export const newsLibrary = (): Promise<NewsLibrary> => (cache ??= Promise.all([portal(), citations()]).then(([p, g]) => build(p, g)));
