/**
 * The kind of page (or file) an output path is, so build time, size and weight can be reported per
 * page type: a commune page and a directive page cost differently, and the targets are per type.
 * Paths are as written in dist/ ("/dia-phuong/03388-phuong-doan-ket/index.html") or as served.
 */

/** Page types, in the order the report lists them. */
export const PAGE_TYPES = [
  'home',
  'unit-commune',
  'unit-province',
  'unit-old-commune',
  'unit-old-district',
  'unit-old-province',
  'unit-redirect',
  'units-index',
  'directive',
  'directive-list',
  'directive-facet',
  'directive-json',
  'news',
  'news-list',
  'campaign',
  'campaign-index',
  'search',
  'results',
  'data',
  'feed',
  'og-image',
  'not-found',
  'sitemap',
  'pagefind',
  'asset',
  'other',
] as const;
export type PageType = (typeof PAGE_TYPES)[number];

/** HTML page types a reader lands on (the ones with a critical path to weigh). */
export const HTML_PAGE_TYPES: readonly PageType[] = PAGE_TYPES.filter(
  (t) => !['directive-json', 'data', 'feed', 'og-image', 'sitemap', 'pagefind', 'asset', 'other'].includes(t),
);

const DIRECTIVE_FACETS = ['loai', 'co-quan', 'nam', 'tinh', 'chuong-trinh', 'phong-trao', 'trang'];
const NEWS_FACETS = ['phong-trao', 'tinh', 'nam', 'trang'];

/** The page type of an output path (with or without a leading "/", "index.html" or a base path stripped). */
export const pageType = (path: string): PageType => {
  const p = `/${path.replace(/^\/+/, '')}`.replace(/index\.html$/, '');
  if (p === '/') return 'home';
  if (p === '/404.html') return 'not-found';
  if (/^\/_astro\//.test(p) || /\.(css|js|woff2?|ico|svg|webmanifest)$/.test(p) && !p.startsWith('/pagefind/')) return 'asset';
  if (p.startsWith('/pagefind/')) return 'pagefind';
  if (p.startsWith('/og/') || /\.png$/.test(p)) return 'og-image';
  if (/^\/sitemap.*\.xml$/.test(p) || p === '/robots.txt') return 'sitemap';
  if (/\.xml$/.test(p)) return 'feed';
  if (p.startsWith('/du-lieu/')) return 'data';
  if (p === '/dia-phuong/') return 'units-index';
  if (/^\/dia-phuong\/(truoc-\d{4}\/)?\d+\/$/.test(p)) return 'unit-redirect';
  const old = /^\/dia-phuong\/truoc-\d{4}\/(\d+)-/.exec(p);
  if (old) return old[1]!.length === 2 ? 'unit-old-province' : old[1]!.length === 3 ? 'unit-old-district' : 'unit-old-commune';
  const unit = /^\/dia-phuong\/(\d+)-/.exec(p);
  if (unit) return unit[1]!.length === 2 ? 'unit-province' : 'unit-commune';
  if (/^\/van-ban\/[^/]+\.json$/.test(p)) return 'directive-json';
  if (p === '/van-ban/') return 'directive-list';
  const dv = /^\/van-ban\/([^/]+)\//.exec(p);
  if (dv) return DIRECTIVE_FACETS.includes(dv[1]!) ? (dv[1] === 'trang' ? 'directive-list' : 'directive-facet') : 'directive';
  if (p === '/tin-tuc/') return 'news-list';
  const nw = /^\/tin-tuc\/([^/]+)\//.exec(p);
  if (nw) return NEWS_FACETS.includes(nw[1]!) ? 'news-list' : 'news';
  if (p === '/phong-trao/') return 'campaign-index';
  if (/^\/phong-trao\/[^/]+\/$/.test(p)) return 'campaign';
  if (p.startsWith('/tim-kiem/')) return 'search';
  if (p.startsWith('/ket-qua/')) return 'results';
  return 'other';
};
