/**
 * One page of each kind the site builds, for the checks that are too slow to run on every page
 * (axe, Lighthouse). Kinds are recognised in the sitemap by their address pattern; where the content
 * says which page is richest (the imported demo directive, entries of the content folders) that page
 * is chosen, otherwise the largest built page of the kind, which exercises the most components. Any
 * sitemap page no pattern claims (a section added later) brings its own kind, one per section and
 * depth, so new pages are checked without editing this list.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { entries } from './content.ts';
import { IMPORTED_DEMO_ID } from './demo.ts';
import { DIST, fileFor, sitemapPaths } from './dist.ts';

export interface PageType {
  /** What kind of page it is, for test names and reports. */
  name: string;
  /** Site path, with a query when the kind needs one. */
  path: string;
  /** The HTTP status the page is served with (404 for the not-found page). */
  status: number;
  /** A selector that appears once the page's script has done its work (search results). */
  waitFor?: string;
  /**
   * Whether Lighthouse audits it too. Lighthouse takes many seconds a page, so kinds built from the
   * same template and components as another kind are left to axe and html-validate.
   */
  lighthouse: boolean;
}

/** An address that matches no page, answered by the 404 page. */
export const MISSING_PATH = '/khong-co-trang-nay/';

const sizeOf = (path: string) => {
  const file = fileFor(path);
  return file ? statSync(join(DIST, file)).size : 0;
};
const largest = (paths: string[]) => paths.reduce<string | undefined>((best, p) => (best === undefined || sizeOf(p) > sizeOf(best) ? p : best), undefined);

/** A query the search index answers with several results: the name of a campaign, from the content. */
export const searchQuery = (): string => {
  const campaign = entries<{ name: string }>('campaigns')[0];
  if (!campaign) throw new Error('no campaign in content/campaigns to search for');
  return campaign.data.name;
};

/** The page kinds of the build in dist/, each with the page that stands for it. */
export const pageTypes = (): PageType[] => {
  const listed = sitemapPaths();
  const inSitemap = new Set(listed);
  const ids = (folder: string, path: (id: string) => string) => entries(folder).map((e) => path(e.id)).filter((p) => inSitemap.has(p));
  // Facet keys are the first segments of /van-ban/<key>/<value>/ that are not entries.
  const facetKeys = (root: string, entryPaths: string[]) => {
    const taken = new Set(entryPaths);
    return [...new Set(listed.flatMap((p) => (p.startsWith(root) && !taken.has(p) ? (new RegExp(`^${root}([^/]+)/[^/]+/$`).exec(p)?.[1] ?? []) : [])))].filter(
      (k) => k !== 'trang',
    );
  };
  const directives = ids('directives', (id) => `/van-ban/${id}/`);
  const news = ids('news', (id) => `/tin-tuc/${id}/`);
  const campaigns = ids('campaigns', (id) => `/phong-trao/${id}/`);
  const libraryKeys = facetKeys('/van-ban/', directives);
  const newsKeys = facetKeys('/tin-tuc/', news);
  const alt = (keys: string[]) => (keys.length ? keys.join('|') : '(?!)');

  // Kinds in the order they are reported; `claims` is every sitemap path of the kind.
  // `lighthouse: false` marks a kind rendered by the same template as one audited before it.
  const kinds: { name: string; claims: RegExp | string[]; pick?: string; lighthouse?: false }[] = [
    { name: 'home', claims: /^\/$/ },
    { name: 'directive library', claims: /^\/van-ban\/(trang\/\d+\/)?$/ },
    { name: 'directive facet index', claims: new RegExp(`^/van-ban/(${alt(libraryKeys)})/$`) },
    { name: 'directive facet page', claims: new RegExp(`^/van-ban/(${alt(libraryKeys)})/[^/]+/(trang/\\d+/)?$`) },
    { name: 'directive page', claims: directives, pick: directives.includes(`/van-ban/${IMPORTED_DEMO_ID}/`) ? `/van-ban/${IMPORTED_DEMO_ID}/` : undefined },
    { name: 'news list', claims: /^\/tin-tuc\/(trang\/\d+\/)?$/ },
    { name: 'news facet index', claims: new RegExp(`^/tin-tuc/(${alt(newsKeys)})/$`), lighthouse: false },
    { name: 'news facet page', claims: new RegExp(`^/tin-tuc/(${alt(newsKeys)})/[^/]+/(trang/\\d+/)?$`), lighthouse: false },
    { name: 'news page', claims: news },
    { name: 'campaign list', claims: /^\/phong-trao\/$/ },
    { name: 'campaign page', claims: campaigns },
    { name: 'locality index', claims: /^\/dia-phuong\/$/ },
    { name: 'province page', claims: /^\/dia-phuong\/\d{2}-[^/]+\/$/ },
    { name: 'commune page', claims: /^\/dia-phuong\/\d{5}-[^/]+\/$/ },
    { name: 'former province page', claims: /^\/dia-phuong\/truoc-\d{4}\/\d{2}-[^/]+\/$/, lighthouse: false },
    { name: 'former district page', claims: /^\/dia-phuong\/truoc-\d{4}\/\d{3}-[^/]+\/$/, lighthouse: false },
    { name: 'former commune page', claims: /^\/dia-phuong\/truoc-\d{4}\/\d{5}-[^/]+\/$/ },
    { name: 'results', claims: /^\/ket-qua\/$/ },
    { name: 'results scope list', claims: /^\/ket-qua\/pham-vi\/$/ },
    // One template renders /ket-qua/ and every scope and year below it; the largest page has the most charts.
    { name: 'results of a scope or year', claims: /^\/ket-qua\/(?!pham-vi\/).+\/$/, lighthouse: false },
    { name: 'open data', claims: /^\/du-lieu\/$/ },
    { name: 'data changes', claims: /^\/thay-doi\/(trang\/\d+\/)?$/ },
    // The empty search page is the page "search with results" starts from.
    { name: 'search', claims: /^\/tim-kiem\/$/, lighthouse: false },
  ];
  const claimed = new Set<string>();
  const types: PageType[] = [];
  for (const kind of kinds) {
    const members = Array.isArray(kind.claims) ? kind.claims : listed.filter((p) => (kind.claims as RegExp).test(p));
    for (const m of members) claimed.add(m);
    const path = kind.pick ?? largest(members);
    if (path) types.push({ name: kind.name, path, status: 200, lighthouse: kind.lighthouse ?? true });
  }
  // Whatever no kind claims: one page per section and depth ("/thay-doi/", "/thay-doi/<x>/", …).
  const others = new Map<string, string[]>();
  for (const p of listed.filter((p) => !claimed.has(p))) {
    const segments = p.split('/').filter(Boolean);
    const key = `/${segments[0] ?? ''}/ (depth ${segments.length})`;
    others.set(key, [...(others.get(key) ?? []), p]);
  }
  for (const [key, members] of others) types.push({ name: `other ${key}`, path: largest(members)!, status: 200, lighthouse: true });
  types.push({ name: 'search with results', path: `/tim-kiem/?q=${encodeURIComponent(searchQuery())}`, status: 200, waitFor: '.search-result', lighthouse: true });
  types.push({ name: 'not found (404)', path: MISSING_PATH, status: 404, lighthouse: true });
  return types;
};
