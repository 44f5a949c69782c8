/**
 * What a build wrote: files and bytes in total and per page type, and for each HTML page type the
 * critical path a reader downloads before the page is usable, gzip-compressed as a host serves it:
 * the HTML, the stylesheets it links, and the scripts it loads (module scripts, modulepreloads and
 * the chunks they import statically; a dynamic import(), such as Pagefind on first search, is not
 * on the critical path). `criticalPath` is pure over a file reader, so it is tested on strings.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { HTML_PAGE_TYPES, pageType, type PageType } from './page-types.ts';
import { rng } from './rng.ts';

/** Every file under `dir`, as "/"-separated paths relative to it. */
export const listFiles = (dir: string): string[] => {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(relative(dir, p).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
};

/** Gzip size at level 9, as a static host or CDN would compress text. */
export const gzipSize = (data: string | Buffer): number => gzipSync(data, { level: 9 }).length;

/** Local assets a page references, by role. */
export interface PageRefs {
  css: string[];
  js: string[];
}

const attr = (tag: string, name: string): string | undefined => new RegExp(`\\b${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag)?.slice(2).find((v) => v !== undefined);

/** Stylesheets, module scripts and modulepreloads in an HTML page (site-relative URLs, query and hash dropped). */
export const pageRefs = (html: string): PageRefs => {
  const css: string[] = [];
  const js: string[] = [];
  const local = (u: string | undefined) => (u && !/^(https?:)?\/\//.test(u) && !u.startsWith('data:') ? u.split(/[?#]/)[0]! : undefined);
  for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = attr(m[0], 'rel')?.toLowerCase() ?? '';
    const href = local(attr(m[0], 'href'));
    if (!href) continue;
    if (rel.split(/\s+/).includes('stylesheet')) css.push(href);
    else if (rel.split(/\s+/).includes('modulepreload')) js.push(href);
  }
  for (const m of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = local(attr(m[0], 'src'));
    if (src) js.push(src);
  }
  return { css: [...new Set(css)], js: [...new Set(js)] };
};

/** Static imports of a JS module ("./chunk.js", "/_astro/x.js"), not dynamic import(). */
export const staticImports = (code: string): string[] => {
  const out = new Set<string>();
  for (const m of code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w*${}\s,]+?\s*from\s*)?["']([^"']+)["']/g)) out.add(m[1]!);
  return [...out];
};

/** Resolves a URL found in the page at `pagePath` (or in a module at `from`) to a path under the output folder. */
export const resolveRef = (ref: string, from: string, base = '/'): string => {
  const abs = ref.startsWith('/') ? ref : posix.join(posix.dirname(`/${from}`), ref);
  const stripped = base !== '/' && abs.startsWith(base) ? `/${abs.slice(base.length)}` : abs;
  return posix.normalize(stripped).replace(/^\/+/, '');
};

/** Gzip bytes of a page's critical path. */
export interface CriticalPath {
  html: number;
  css: number;
  js: number;
  total: number;
  /** Web fonts the stylesheets declare (woff2, already compressed): font-display optional (never waited for), so not in `total`. */
  fonts: number;
  /** Files counted besides the HTML. */
  files: string[];
}

/** The critical path of the page at `path` (under the output folder), reading files through `read`. */
export const criticalPath = (path: string, read: (p: string) => Buffer | undefined, size: (p: string, data: Buffer) => number = (_p, d) => gzipSize(d), base = '/'): CriticalPath => {
  const html = read(path);
  if (!html) throw new Error(`no such page: ${path}`);
  const refs = pageRefs(html.toString('utf8'));
  const seen = new Set<string>();
  let css = 0;
  let js = 0;
  let fonts = 0;
  for (const c of refs.css) {
    const p = resolveRef(c, path, base);
    const data = !seen.has(p) ? read(p) : undefined;
    seen.add(p);
    if (!data) continue;
    css += size(p, data);
    for (const m of data.toString('utf8').matchAll(/url\(\s*["']?([^"')]+\.woff2)["']?\s*\)/g)) {
      const f = resolveRef(m[1]!, p, base);
      if (seen.has(f)) continue;
      seen.add(f);
      fonts += read(f)?.length ?? 0;
    }
  }
  const queue = refs.js.map((j) => resolveRef(j, path, base));
  while (queue.length > 0) {
    const p = queue.shift()!;
    if (seen.has(p)) continue;
    seen.add(p);
    const data = read(p);
    if (!data) continue;
    js += size(p, data);
    for (const imp of staticImports(data.toString('utf8'))) queue.push(resolveRef(imp, p, base));
  }
  const htmlSize = size(path, html);
  return { html: htmlSize, css, js, total: htmlSize + css + js, fonts, files: [...seen] };
};

/** Totals for one page type. */
export interface TypeStats {
  type: PageType;
  files: number;
  bytes: number;
  /** HTML page types only: pages weighed (all, or a sample), and the median and heaviest critical path. */
  weighed?: number;
  median?: CriticalPath;
  max?: CriticalPath & { path: string };
  /** Largest JavaScript before interaction over the pages weighed. */
  maxJs?: number;
}

/** What the output holds. */
export interface OutputStats {
  files: number;
  bytes: number;
  htmlPages: number;
  byExtension: Record<string, { files: number; bytes: number }>;
  types: TypeStats[];
}

const median = <T>(list: readonly T[], key: (t: T) => number): T | undefined => [...list].sort((a, b) => key(a) - key(b))[Math.floor(list.length / 2)];

/**
 * Walks the output folder. For page types with more than `sampleSize` pages, weighs the largest
 * `sampleSize / 2` by raw size (the heaviest critical path is among them) and as many chosen at random.
 */
export const outputStats = (dir: string, opts: { sampleSize?: number; seed?: number; base?: string } = {}): OutputStats => {
  const sampleSize = opts.sampleSize ?? 200;
  const files = listFiles(dir);
  const sizes = new Map(files.map((f) => [f, statSync(join(dir, f)).size]));
  const byExtension: OutputStats['byExtension'] = {};
  const byType = new Map<PageType, string[]>();
  let bytes = 0;
  for (const f of files) {
    const size = sizes.get(f)!;
    bytes += size;
    const ext = /\.([a-z0-9]+)$/i.exec(f)?.[1]?.toLowerCase() ?? '(none)';
    const e = (byExtension[ext] ??= { files: 0, bytes: 0 });
    e.files++;
    e.bytes += size;
    const t = pageType(f);
    const list = byType.get(t) ?? [];
    list.push(f);
    byType.set(t, list);
  }
  const gz = new Map<string, number>();
  const read = (p: string) => {
    try {
      return readFileSync(join(dir, p));
    } catch {
      return undefined;
    }
  };
  const size = (p: string, data: Buffer) => {
    const hit = gz.get(p);
    if (hit !== undefined) return hit;
    const n = gzipSize(data);
    // Pages are weighed once each; assets are shared, so only they are worth remembering.
    if (!p.endsWith('.html')) gz.set(p, n);
    return n;
  };
  const types: TypeStats[] = [];
  for (const [type, list] of [...byType].sort(([a], [b]) => a.localeCompare(b))) {
    const t: TypeStats = { type, files: list.length, bytes: list.reduce((n, f) => n + sizes.get(f)!, 0) };
    const pages = list.filter((f) => f.endsWith('.html'));
    if (HTML_PAGE_TYPES.includes(type) && pages.length > 0) {
      let chosen = pages;
      if (pages.length > sampleSize) {
        const bySize = [...pages].sort((a, b) => sizes.get(b)! - sizes.get(a)! || a.localeCompare(b));
        const largest = bySize.slice(0, sampleSize / 2);
        const rest = bySize.slice(sampleSize / 2);
        chosen = [...largest, ...rng(opts.seed ?? 1, `sample:${type}`).sample(rest, sampleSize / 2)];
      }
      const weighed = chosen.map((p) => ({ path: p, ...criticalPath(p, read, size, opts.base) }));
      t.weighed = weighed.length;
      t.median = median(weighed, (w) => w.total);
      t.max = [...weighed].sort((a, b) => b.total - a.total)[0];
      t.maxJs = Math.max(...weighed.map((w) => w.js));
    }
    types.push(t);
  }
  return { files: files.length, bytes, htmlPages: files.filter((f) => f.endsWith('.html')).length, byExtension, types };
};

/** SHA-1 of every file under `dir`, by path: compared before and after a rebuild. */
export const hashTree = (dir: string): Map<string, string> =>
  new Map(listFiles(dir).map((f) => [f, createHash('sha1').update(readFileSync(join(dir, f))).digest('hex')]));

/** Files added, removed and changed between two hash trees. */
export const diffTrees = (before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>): { added: string[]; removed: string[]; changed: string[] } => ({
  added: [...after.keys()].filter((f) => !before.has(f)),
  removed: [...before.keys()].filter((f) => !after.has(f)),
  changed: [...after].filter(([f, h]) => before.has(f) && before.get(f) !== h).map(([f]) => f),
});
