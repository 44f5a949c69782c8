/**
 * The ways the directive library can be narrowed: type, issuing body, year, province, programme and
 * campaign. Each directive gets, per facet, the values it belongs to; each value has a slug (for URLs
 * and query strings) and a display name. Pure: names and provinces are looked up by the caller.
 */
import { compareVietnamese } from '../text/fold.ts';
import { parsePartialDate } from '../dates/partial-date.ts';
import { issuerKey } from './issuer.ts';

/** Facet keys, which are also the URL segment (/van-ban/loai/cong-van/) and the query parameter (?loai=). */
export const FACETS = ['loai', 'co-quan', 'nam', 'tinh', 'chuong-trinh', 'phong-trao'] as const;
export type FacetKey = (typeof FACETS)[number];
/**
 * Facets whose values the library's filter form fetches when a reader reaches it, instead of carrying
 * them in every list page: the issuing body grows with the country (every commune's People's
 * Committee issues documents), 4,310 values at national scale, 478 kB of <option>s per page.
 */
export const ON_DEMAND_FACETS: readonly FacetKey[] = ['co-quan'];

export interface FacetValue {
  slug: string;
  name: string;
}
export type DirectiveFacets = Record<FacetKey, FacetValue[]>;

/** What the facets need from a directive. */
export interface FacetInput {
  type: string;
  issuer: string;
  date: string;
  programmes: readonly string[];
  campaigns: readonly string[];
}

/** Lookups the caller provides. */
export interface FacetNames {
  typeName(key: string): string;
  /** The display name chosen for all spellings of a body (see issuerNames). */
  issuerName(key: string): string;
  programmeName(key: string): string;
  campaignName(key: string): string;
  /** Current provinces of the units the directive names. */
  provinces: readonly FacetValue[];
  /** Name of the "year unknown" value. */
  undated: string;
}

/** Slug of the year value for a directive with no year. */
export const UNDATED = 'khong-ro';

const uniqueBySlug = (values: FacetValue[]): FacetValue[] => [...new Map(values.map((v) => [v.slug, v])).values()];

/** The facet values of one directive. */
export function directiveFacets(d: FacetInput, names: FacetNames): DirectiveFacets {
  const year = parsePartialDate(d.date)?.year ?? null;
  const issuer = issuerKey(d.issuer);
  return {
    loai: [{ slug: d.type, name: names.typeName(d.type) }],
    'co-quan': [{ slug: issuer, name: names.issuerName(issuer) }],
    nam: [year === null ? { slug: UNDATED, name: names.undated } : { slug: String(year), name: String(year) }],
    tinh: uniqueBySlug([...names.provinces]),
    'chuong-trinh': uniqueBySlug(d.programmes.map((k) => ({ slug: k, name: names.programmeName(k) }))),
    'phong-trao': uniqueBySlug(d.campaigns.map((k) => ({ slug: k, name: names.campaignName(k) }))),
  };
}

/**
 * One display name per body: the spelling used most often ("UBND tỉnh Quảng Trị" and "Ủy ban nhân dân
 * tỉnh Quảng Trị" are one body); ties go to the alphabetically first, so builds are deterministic.
 */
export function issuerNames(issuers: readonly string[]): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const name of issuers) {
    const key = issuerKey(name);
    const byName = counts.get(key) ?? new Map<string, number>();
    byName.set(name, (byName.get(name) ?? 0) + 1);
    counts.set(key, byName);
  }
  return new Map(
    [...counts].map(([key, byName]) => [
      key,
      [...byName].sort((a, b) => b[1] - a[1] || compareVietnamese(a[0], b[0]))[0]![0],
    ]),
  );
}

/** A facet value with the number of directives that have it. */
export interface FacetCount extends FacetValue {
  count: number;
}

/** Values of each facet with their counts: years newest first, everything else by name. */
export function countFacets<K extends string = FacetKey>(all: readonly Record<K, FacetValue[]>[], keys: readonly K[] = FACETS as unknown as readonly K[]): Record<K, FacetCount[]> {
  const out = {} as Record<K, FacetCount[]>;
  for (const key of keys) {
    const counts = new Map<string, FacetCount>();
    for (const facets of all)
      for (const v of facets[key]) {
        const c = counts.get(v.slug) ?? { ...v, count: 0 };
        c.count += 1;
        counts.set(v.slug, c);
      }
    const values = [...counts.values()];
    out[key] =
      key === 'nam'
        ? values.sort((a, b) => (a.slug === UNDATED ? 1 : b.slug === UNDATED ? -1 : b.slug.localeCompare(a.slug)))
        : values.sort((a, b) => compareVietnamese(a.name, b.name));
  }
  return out;
}

/** One list of a faceted section: everything, or the items with one facet value. */
export interface FacetListing<T, K extends string> {
  facet?: { key: K; slug: string; name: string };
  entries: T[];
}

/**
 * The whole list, then one list per counted facet value, each in the order of `items`. One pass over
 * the items, so a section with thousands of entries and values is not filtered once per value.
 */
export function facetListings<T extends { id: string }, K extends string>(
  items: readonly T[],
  facetsOf: ReadonlyMap<string, Record<K, FacetValue[]>>,
  counts: Record<K, FacetCount[]>,
  keys: readonly K[],
): FacetListing<T, K>[] {
  const byValue = new Map<string, T[]>();
  for (const item of items)
    for (const key of keys)
      for (const v of facetsOf.get(item.id)?.[key] ?? []) {
        const k = `${key}\u0000${v.slug}`;
        const list = byValue.get(k) ?? [];
        list.push(item);
        byValue.set(k, list);
      }
  return [
    { entries: [...items] },
    ...keys.flatMap((key) => counts[key].map((v) => ({ facet: { key, slug: v.slug, name: v.name }, entries: byValue.get(`${key}\u0000${v.slug}`) ?? [] }))),
  ];
}
