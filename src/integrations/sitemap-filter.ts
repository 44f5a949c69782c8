/**
 * Which built pages the sitemap may list: not those that ask search engines not to index them.
 * Redirect pages (short unit addresses, a directive's former slugs) carry `noindex`, and a sitemap
 * listing them sends crawlers to addresses that only forward elsewhere. The sitemap integration
 * filters after the pages are written, so the filter reads each page's own robots meta tag.
 */
import { existsSync, readFileSync } from 'node:fs';

/** True when the HTML has a robots meta tag containing noindex (attributes in any order). */
export const hasNoindex = (html: string): boolean =>
  (html.match(/<meta\b[^>]*>/gi) ?? []).some((tag) => /\bname\s*=\s*["']?robots\b/i.test(tag) && /\bcontent\s*=\s*["'][^"']*\bnoindex\b/i.test(tag));

/**
 * A sitemap filter for the output folder `outDir` of a site served under `base` ("/" or "/ntm/"):
 * keeps a page URL unless its built file says noindex.
 */
export const indexablePages = (outDir: URL, base: string) => {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return (page: string): boolean => {
    const path = decodeURIComponent(new URL(page).pathname);
    if (!path.startsWith(prefix)) return true;
    const rel = path.slice(prefix.length);
    const file = new URL(rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel, outDir);
    return !(existsSync(file) && file.pathname.endsWith('.html') && hasNoindex(readFileSync(file, 'utf8')));
  };
};
