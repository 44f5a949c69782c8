/**
 * The directive library's facets, computed once per build from the portal: the values of each
 * directive (type, body, year, province, programme, campaign) and the count of every value.
 */
import { countFacets, directiveFacets, facetListings, FACETS, issuerNames, type DirectiveFacets, type FacetCount, type FacetKey, type FacetListing } from '../lib/directives/facets.ts';
import { typeName } from '../lib/directives/title.ts';
import { unitFullName, unitSlug } from '../lib/units/unit-path.ts';
import { unitId } from '../lib/units/unit-index.ts';
import { t } from '../i18n/vi.ts';
import { endOfDate, portal, type DirectiveEntry, type Portal } from './portal.ts';

export interface Library {
  /** Facet values of each directive, by id. */
  facetsOf: Map<string, DirectiveFacets>;
  /** Every value of each facet with its count. */
  counts: Record<FacetKey, FacetCount[]>;
  /** Every list the library publishes (all, then one per facet value), newest first within each. */
  listings: Listing[];
}

const build = (p: Portal): Library => {
  const issuers = issuerNames(p.directives.map((d) => d.data.issuer));
  const campaignNames = new Map(p.campaigns.map((c) => [c.id, c.data.name]));
  const facetsOf = new Map<string, DirectiveFacets>();
  for (const entry of p.directives) {
    const d = entry.data;
    const provinces = d.localities.flatMap((r) => {
      const u = p.unitIndex.at(r.code, r.at ?? endOfDate(d.date));
      const province = u && p.unitIndex.byId(p.provinceOf.get(unitId(u)) ?? '');
      return province ? [{ slug: unitSlug(province), name: unitFullName(province) }] : [];
    });
    facetsOf.set(
      entry.id,
      directiveFacets(d, {
        typeName,
        issuerName: (k) => issuers.get(k) ?? k,
        programmeName: (k) => p.programmes.get(k)?.name ?? k,
        campaignName: (k) => campaignNames.get(k) ?? k,
        provinces,
        undated: t('directives.undated'),
      }),
    );
  }
  const counts = countFacets([...facetsOf.values()]);
  return { facetsOf, counts, listings: facetListings(p.directives, facetsOf, counts, FACETS) };
};

let cache: Promise<Library> | undefined;
/** The library's facets; computed on first use. */
export const library = (): Promise<Library> => (cache ??= portal().then(build));

/** Directives per page of the library. */
export const PAGE_SIZE = 50;

/** One list of the library: everything, or the directives with one facet value. */
export type Listing = FacetListing<DirectiveEntry, FacetKey>;
