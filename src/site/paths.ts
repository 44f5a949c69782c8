/** Site paths with the configured base path (BASE_PATH), so the site works under /ntm/ too. */
// import.meta.env is Vite's; build-time integrations import this module from plain Node, without it.
const BASE = (import.meta.env?.BASE_URL ?? '/').replace(/\/$/, '');

/** Prefixes a root-relative path with the base path. */
export const href = (path: string): string => `${BASE}${path}`;

/** Path of a directive page. */
export const directivePath = (id: string) => `/van-ban/${id}/`;
/** Path of a news page. */
export const newsPath = (id: string) => `/tin-tuc/${id}/`;
/** Path of a campaign page. */
export const campaignPath = (id: string) => `/phong-trao/${id}/`;

/** Path of a page of a faceted list (/van-ban/, /tin-tuc/), whole or narrowed to one facet value: /van-ban/loai/cong-van/trang/2/. */
export const listPath = (root: string, facet?: { key: string; slug: string }, page = 1) =>
  `${root}${facet ? `${facet.key}/${facet.slug}/` : ''}${page > 1 ? `trang/${page}/` : ''}`;
/** Path of a page of the directive library. */
export const libraryPath = (facet?: { key: string; slug: string }, page = 1) => listPath('/van-ban/', facet, page);
/** Path of a page of the news list. */
export const newsListPath = (facet?: { key: string; slug: string }, page = 1) => listPath('/tin-tuc/', facet, page);
/** Path of the list of every value of a facet: /van-ban/co-quan/. */
export const facetIndexPath = (key: string, root = '/van-ban/') => `${root}${key}/`;
/** Path of a directive's metadata as JSON. */
export const directiveJsonPath = (id: string) => `/van-ban/${id}.json`;
/** Path of the site-wide Atom feed of directives. */
export const DIRECTIVE_FEED_PATH = '/van-ban/atom.xml';
/** Path of the site-wide Atom feed of news. */
export const NEWS_FEED_PATH = '/tin-tuc/atom.xml';
/** Path of a campaign's Atom feed of news. */
export const campaignFeedPath = (id: string) => `/phong-trao/${id}/atom.xml`;
/** Path of a current province's Atom feed of directives. */
export const provinceFeedPath = (provinceSlug: string) => `/van-ban/tinh/${provinceSlug}/atom.xml`;

/** Absolute URL on the public site (SITE_URL and BASE_PATH), for feeds and data files read elsewhere. */
export const absoluteUrl = (path: string): string => new URL(href(path), import.meta.env.SITE).href;

/** Path of a facet's values with their counts as JSON, for the library's filter form. */
export const facetValuesPath = (key: string) => `/van-ban/bo-loc/${key}.json`;
/** Path of a results page: a scope (its path segments, '' for the nation), for its latest year or a given one. */
export const resultsPath = (slug = '', year?: number) => `/ket-qua/${slug ? `${slug}/` : ''}${year === undefined ? '' : `nam-${year}/`}`;
/** Whether a path is a results page of one named year (resultsPath with a year). */
export const isResultsYearPath = (path: string): boolean => /^\/ket-qua\/(?:[^/]+\/)*nam-\d{4}\/$/.test(path);
/** Path of the list of every results scope. */
export const RESULTS_SCOPES_PATH = '/ket-qua/pham-vi/';
/** Path of the scope list as JSON, for the scope picker. */
export const RESULTS_SCOPES_JSON_PATH = '/ket-qua/pham-vi.json';
/** Path of a whole dataset as CSV or JSON: /du-lieu/tai-ve/assessments.csv. */
export const datasetDownloadPath = (slug: string, format: 'csv' | 'json') => `/du-lieu/tai-ve/${slug}.${format}`;
/** Path of a dataset's rows for one scope: /du-lieu/pham-vi/86-tinh-vinh-long/assessments.csv. */
export const scopeDownloadPath = (scopeSlug: string, datasetSlug: string) => `/du-lieu/pham-vi/${scopeSlug}/${datasetSlug}.csv`;
/** Path of the machine-readable catalogue of datasets. */
export const CATALOG_PATH = '/du-lieu/catalog.json';
