/**
 * The built site as files: every file under dist/, the pages its sitemap lists, and the mapping
 * between the public addresses written into the output (SITE_URL + BASE_PATH) and files in dist/.
 * Whole-site checks read these in Node, without a browser.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { XMLParser } from 'fast-xml-parser';

/** The build output folder, with a trailing separator. */
export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

/** Every file under `root` as a POSIX path relative to it ("van-ban/index.html"), sorted. */
export const filesUnder = (root: string): string[] =>
  (readdirSync(root, { recursive: true, withFileTypes: false }) as string[])
    .map((f) => f.split('\\').join('/'))
    .filter((f) => statSync(join(root, f)).isFile())
    .sort();

const xml = new XMLParser();
const locs = (file: string, list: 'sitemapindex' | 'urlset'): string[] => {
  const doc = xml.parse(readFileSync(file, 'utf8')) as Record<string, { sitemap?: unknown; url?: unknown }>;
  const items = list === 'sitemapindex' ? doc[list]?.sitemap : doc[list]?.url;
  return [items ?? []].flat().map((i) => String((i as { loc: string }).loc));
};

/** The sitemaps the index lists, as public URLs. */
export const sitemapFiles = (dist = DIST): string[] => locs(join(dist, 'sitemap-index.xml'), 'sitemapindex');

/**
 * The public root of the site (SITE_URL + BASE_PATH, ending in "/"), read from the build itself: the
 * sitemap index sits at the root, so tests never need the build's environment.
 */
export const publicRoot = (dist = DIST): URL => new URL('./', sitemapFiles(dist)[0]);

/** A public URL's path relative to the site root ("/van-ban/"), or undefined when it is not on the site. */
export const sitePath = (url: string | URL, root = publicRoot()): string | undefined => {
  const u = new URL(url);
  if (u.origin !== root.origin || !u.pathname.startsWith(root.pathname)) return undefined;
  return `/${u.pathname.slice(root.pathname.length)}${u.search}`;
};

/** Every page the sitemaps list, as site paths ("/", "/van-ban/", …), in sitemap order. */
export const sitemapPaths = (dist = DIST): string[] => {
  const root = publicRoot(dist);
  return sitemapFiles(dist).flatMap((s) => {
    const local = sitePath(s, root);
    if (!local) throw new Error(`sitemap ${s} is not under the site root ${root.href}`);
    return locs(join(dist, local), 'urlset').map((u) => {
      const path = sitePath(u, root);
      if (!path) throw new Error(`sitemap ${s} lists ${u}, outside the site root ${root.href}`);
      return path;
    });
  });
};

/**
 * The file in `dist` a static host serves for a site path (query and fragment ignored): the file
 * itself, or a directory's index.html. Undefined when nothing would be served.
 */
export const fileFor = (path: string, dist = DIST): string | undefined => {
  let p: string;
  try {
    p = decodeURIComponent(path.replace(/[?#].*$/s, ''));
  } catch {
    return undefined;
  }
  const rel = p.replace(/^\/+/, '');
  if (rel.split('/').includes('..')) return undefined;
  const full = join(dist, rel);
  if (!existsSync(full)) return undefined;
  if (statSync(full).isFile()) return rel;
  const index = join(rel, 'index.html').split('\\').join('/');
  return existsSync(join(dist, index)) ? index : undefined;
};

/** The site path of an HTML file in dist ("van-ban/index.html" → "/van-ban/"; "404.html" → "/404.html"). */
export const pathOfFile = (rel: string): string => `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
