/**
 * The static pages of a faceted list (/van-ban/, /tin-tuc/) beyond its first: /trang/N/ of every
 * list, one list per facet value, and one index per facet. For a `[...listing].astro` route.
 */
import { pageCount } from '../lib/pagination/pages.ts';
import { listPath } from './paths.ts';

interface ListingLike {
  facet?: { key: string; slug: string } | undefined;
  entries: readonly unknown[];
}

/** getStaticPaths entries: `listing` and `page` for a list page, `facetKey` for a facet's index. */
export function listPages<L extends ListingLike, K extends string>(root: string, listings: readonly L[], pageSize: number, keys: readonly K[]) {
  const pages = listings.flatMap((listing) =>
    Array.from({ length: pageCount(listing.entries.length, pageSize) }, (_, i) => ({
      path: listPath(root, listing.facet, i + 1),
      props: { listing: listing as L | undefined, page: i + 1, facetKey: undefined as K | undefined },
    })),
  );
  const indexes = keys.map((key) => ({ path: `${root}${key}/`, props: { listing: undefined as L | undefined, page: 1, facetKey: key as K | undefined } }));
  // The whole list's first page is the folder's index.astro.
  return [...pages, ...indexes]
    .filter((x) => x.path !== root)
    .map(({ path, props }) => ({ params: { listing: path.slice(root.length).replace(/\/$/, '') }, props }));
}
