/**
 * Finds every broken internal link of a built site without a browser: each reference in each HTML
 * file (href, src, srcset, form actions, meta refresh, absolute URLs of the site in meta tags,
 * url(#…) paint references), each url() in the CSS and each site URL in the feeds, sitemaps and JSON
 * files must name a file of the build, and each #fragment an id in the page it points to.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesUnder, pathOfFile } from './dist.ts';
import { anchorsOf, scanTags, type Tag } from './html-scan.ts';

/** One broken reference: the file it is written in, the reference as written, and what is wrong. */
export interface LinkFailure {
  file: string;
  link: string;
  reason: string;
}

export interface LinkReport {
  failures: LinkFailure[];
  /** Files read and internal references checked, to show the check did its work. */
  files: number;
  internal: number;
  external: number;
}

// Attributes holding one URL, on any element (SVG's <use> and <image> included).
const URL_ATTRS = ['href', 'xlink:href', 'src', 'poster', 'action', 'formaction', 'cite', 'data', 'background', 'longdesc'];
// Meta tags whose content is a URL when it is absolute (og:image, twitter:image, og:url, …).
const META_URL = /^(og:|twitter:)(image|url|audio|video)(:url|:secure_url)?$/;
const PAINT_REF = /url\(\s*(['"]?)(#[^'")]+)\1\s*\)/g;
const CSS_URL = /url\(\s*(['"]?)([^'")]+)\1\s*\)/g;

/** The URLs a start tag refers to. */
const urlsOfTag = (tag: Tag): string[] => {
  const urls: string[] = [];
  for (const name of URL_ATTRS) {
    const v = tag.attrs.get(name);
    if (v !== undefined && !(tag.name === 'object' && name !== 'data')) urls.push(v.trim());
  }
  const srcset = tag.attrs.get('srcset') ?? tag.attrs.get('imagesrcset');
  if (srcset) for (const candidate of srcset.split(',')) if (candidate.trim()) urls.push(candidate.trim().split(/\s+/)[0]!);
  if (tag.name === 'meta') {
    const content = tag.attrs.get('content') ?? '';
    if (tag.attrs.get('http-equiv')?.toLowerCase() === 'refresh') {
      const m = /^\s*\d+\s*[;,]\s*url\s*=\s*['"]?([^'"]+)/i.exec(content);
      if (m) urls.push(m[1]!.trim());
    } else if (META_URL.test(tag.attrs.get('property') ?? tag.attrs.get('name') ?? '') && /^https?:\/\//.test(content)) {
      urls.push(content.trim());
    }
  }
  // Paint servers, clip paths, markers and filters referenced by id, in attributes or inline styles.
  for (const [name, v] of tag.attrs) if (name !== 'href' && v.includes('url(')) for (const m of v.matchAll(PAINT_REF)) urls.push(m[2]!);
  return urls;
};

/**
 * Checks every file of `dist`, a site whose public root (SITE_URL + BASE_PATH) is `root`. Links that
 * leave the site are counted, not followed.
 */
export const checkLinks = (dist: string, root: URL): LinkReport => {
  const files = filesUnder(dist);
  const present = new Set(files);
  const anchors = new Map<string, Set<string>>();
  const failures: LinkFailure[] = [];
  let internal = 0;
  let external = 0;

  /** The file a site-relative path is served from, or undefined. */
  const served = (rel: string): string | undefined => {
    if (rel === '' || rel.endsWith('/')) return present.has(`${rel}index.html`) ? `${rel}index.html` : undefined;
    if (present.has(rel)) return rel;
    // A host serves a directory's index without the trailing slash too (by redirecting).
    return present.has(`${rel}/index.html`) ? `${rel}/index.html` : undefined;
  };
  const anchorsIn = (file: string): Set<string> => {
    let ids = anchors.get(file);
    if (!ids) anchors.set(file, (ids = anchorsOf(scanTags(readFileSync(join(dist, file), 'utf8')))));
    return ids;
  };

  const check = (file: string, link: string, base: URL) => {
    if (link === '') return; // an empty reference is the page itself
    let url: URL;
    try {
      url = new URL(link, base);
    } catch {
      failures.push({ file, link, reason: 'not a valid URL' });
      return;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return; // mailto:, tel:, data:, javascript:
    if (url.origin !== root.origin) {
      external++;
      return;
    }
    internal++;
    if (!url.pathname.startsWith(root.pathname)) {
      failures.push({ file, link, reason: `outside the base path ${root.pathname}` });
      return;
    }
    let rel: string;
    try {
      rel = decodeURIComponent(url.pathname.slice(root.pathname.length));
    } catch {
      failures.push({ file, link, reason: 'badly encoded path' });
      return;
    }
    const target = served(rel);
    if (!target) {
      failures.push({ file, link, reason: 'no such file in the build' });
      return;
    }
    const fragment = decodeURIComponent(url.hash.slice(1));
    // "#" and "#top" scroll to the top by definition; ":~:" starts a text fragment, not an id.
    if (!fragment || fragment === 'top' || fragment.startsWith(':~:') || !target.endsWith('.html')) return;
    if (!anchorsIn(target).has(fragment)) failures.push({ file, link, reason: `no id "${fragment}" in ${target}` });
  };

  for (const file of files) {
    const base = new URL(pathOfFile(file).slice(1), root);
    if (file.endsWith('.html')) {
      const tags = scanTags(readFileSync(join(dist, file), 'utf8'));
      anchors.set(file, anchorsOf(tags));
      const baseTag = tags.find((t) => t.name === 'base' && t.attrs.has('href'));
      const pageBase = baseTag ? new URL(baseTag.attrs.get('href')!, base) : base;
      for (const tag of tags) for (const link of urlsOfTag(tag)) check(file, link, pageBase);
    } else if (file.endsWith('.css')) {
      for (const m of readFileSync(join(dist, file), 'utf8').matchAll(CSS_URL)) if (!m[2]!.startsWith('#')) check(file, m[2]!.trim(), base);
    } else if (/\.(xml|json|txt)$/.test(file)) {
      // Feeds, sitemaps, robots.txt and JSON data name pages by their absolute public URL. An Atom
      // <id> is a name that only looks like a URL (it need not resolve), so it is not a link.
      const text = readFileSync(join(dist, file), 'utf8').replace(/<id>[^<]*<\/id>/g, '');
      const escaped = root.origin.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
      for (const m of text.matchAll(new RegExp(`${escaped}[^\\s"'<>\\\\)]*`, 'g'))) check(file, m[0].replace(/&amp;/g, '&'), base);
    }
  }
  return { failures, files: files.length, internal, external };
};

/** Failures grouped by file, one line per file: "van-ban/index.html → /x/ (no such file)". */
export const formatFailures = (failures: readonly LinkFailure[]): string[] => {
  const byFile = new Map<string, string[]>();
  for (const f of failures) byFile.set(f.file, [...(byFile.get(f.file) ?? []), `${f.link} (${f.reason})`]);
  return [...byFile].map(([file, links]) => `${file} → ${[...new Set(links)].join(', ')}`);
};
