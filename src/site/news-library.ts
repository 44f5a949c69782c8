/**
 * The news list's facets (campaign, province, year), computed once per build, and the lists the news
 * section publishes: all articles and one list per facet value, newest first.
 */
import { countFacets, UNDATED, type FacetCount, type FacetValue } from '../lib/directives/facets.ts';
import { parsePartialDate } from '../lib/dates/partial-date.ts';
import { unitId } from '../lib/units/unit-index.ts';
import { unitFullName, unitSlug } from '../lib/units/unit-path.ts';
import { t } from '../i18n/vi.ts';
import { endOfDate, portal, type NewsEntry, type Portal } from './portal.ts';

/** Facets of the news list; also URL segments (/tin-tuc/phong-trao/<id>/). */
export const NEWS_FACETS = ['phong-trao', 'tinh', 'nam'] as const;
export type NewsFacetKey = (typeof NEWS_FACETS)[number];
type NewsFacets = Record<NewsFacetKey, FacetValue[]>;

/** Articles per page. */
export const NEWS_PAGE_SIZE = 20;

export interface NewsListing {
  facet?: { key: NewsFacetKey; slug: string; name: string };
  entries: NewsEntry[];
}

export interface NewsLibrary {
  facetsOf: Map<string, NewsFacets>;
  counts: Record<NewsFacetKey, FacetCount[]>;
  listings: NewsListing[];
}

const unique = (values: FacetValue[]) => [...new Map(values.map((v) => [v.slug, v])).values()];

const build = (p: Portal): NewsLibrary => {
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
  const listings: NewsListing[] = [
    { entries: p.news },
    ...NEWS_FACETS.flatMap((key) =>
      counts[key].map((v) => ({
        facet: { key, slug: v.slug, name: v.name },
        entries: p.news.filter((e) => facetsOf.get(e.id)?.[key].some((x) => x.slug === v.slug)),
      })),
    ),
  ];
  return { facetsOf, counts, listings };
};

let cache: Promise<NewsLibrary> | undefined;
/** The news list's facets and lists; computed on first use. */
export const newsLibrary = (): Promise<NewsLibrary> => (cache ??= portal().then(build));
