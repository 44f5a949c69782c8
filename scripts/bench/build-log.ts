/**
 * Reads the phases of a build from its log: the lines Astro and the portal's integrations print
 * (data validation, content sync, bundling, prerendering with a time per route, preview images,
 * sitemap, Pagefind), each stamped by the benchmark with the time it arrived. Pure; tested on
 * excerpts of real logs.
 */
import type { StampedLine } from './proc.ts';

// Astro colours some lines; the stamps and the parsing ignore colour.
const ANSI = /\u001b\[[0-9;]*m/g;

/** "850ms", "10.81s", "7m 52s", "1h 2m 3s" → ms. */
export const parseDuration = (text: string): number | undefined => {
  const t = text.trim();
  let ms = 0;
  let matched = false;
  for (const m of t.matchAll(/([\d.]+)\s*(h|ms|m|s)\b/g)) {
    matched = true;
    const n = Number(m[1]);
    ms += m[2] === 'h' ? n * 3_600_000 : m[2] === 'm' ? n * 60_000 : m[2] === 's' ? n * 1000 : n;
  }
  return matched ? Math.round(ms) : undefined;
};

/** One prerendered route and the time Astro reports for it. */
export interface RouteTime {
  path: string;
  ms: number;
}

/** The phases read from a log, ms; undefined when the log lacks the line. */
export interface BuildPhases {
  /** Data validation, as the integration reports it. */
  validateMs?: number;
  /** Content layer sync (loaders, Markdown store), from the stamps of its two lines. */
  contentSyncMs?: number;
  /** "Collecting build info" (config, sync, types) as Astro reports it. */
  collectMs?: number;
  /** Vite bundling: from "Building static entrypoints" to the start of prerendering. */
  bundleMs?: number;
  /** Prerendering every route, as Astro reports it. */
  prerenderMs?: number;
  /** Preview images drawn (or read from the cache) and how many were drawn. */
  ogMs?: number;
  ogDrawn?: number;
  ogTotal?: number;
  /** From the end of prerendering to the sitemap line. */
  sitemapMs?: number;
  pagefindMs?: number;
  pagefindPages?: number;
  /** Pages Astro says it built, and in how long. */
  pages?: number;
  astroTotalMs?: number;
  routes: RouteTime[];
}

const ROUTE = /^\S*\s*[├└]─ (\S+?)(?:\[ntm:og\].*?)?(?: \(\+([^)]+)\))?\s*$/;
const LONE_TIME = /^\s*\(\+([^)]+)\)\s*$/;

/** Reads the phases from stamped log lines. */
export const parseBuildLog = (stamped: readonly StampedLine[]): BuildPhases => {
  const lines = stamped.map((l) => ({ ms: l.ms, text: l.text.replace(ANSI, '') }));
  const out: BuildPhases = { routes: [] };
  const stampOf = (re: RegExp) => lines.find((l) => re.test(l.text))?.ms;
  const number = (re: RegExp) => {
    for (const l of lines) {
      const m = re.exec(l.text);
      if (m) return m;
    }
    return undefined;
  };
  const validate = number(/\[ntm:validate-data\].*\((\d+) ms\)/);
  if (validate) out.validateMs = Number(validate[1]);
  const syncStart = stampOf(/\[content\] Syncing content/);
  const syncEnd = stampOf(/\[content\] Synced content/);
  if (syncStart !== undefined && syncEnd !== undefined) out.contentSyncMs = syncEnd - syncStart;
  // "Collecting build info..." is followed by its own "✓ Completed in …"; so is prerendering and the whole build.
  const completions = lines.filter((l) => /✓ Completed in /.test(l.text));
  const collectAt = stampOf(/Collecting build info/);
  const collect = completions.find((l) => collectAt !== undefined && l.ms >= collectAt && /\[build\]/.test(l.text));
  if (collect) out.collectMs = parseDuration(collect.text.split('Completed in')[1]!);
  const bundleStart = stampOf(/Building static entrypoints/);
  const prerenderStart = stampOf(/generating static routes/);
  if (bundleStart !== undefined && prerenderStart !== undefined) out.bundleMs = prerenderStart - bundleStart;
  const prerender = completions.find((l) => prerenderStart !== undefined && l.ms >= prerenderStart && !/\[build\]/.test(l.text));
  if (prerender) out.prerenderMs = parseDuration(prerender.text.split('Completed in')[1]!);
  const og = number(/\[ntm:og\] (\d+) ảnh xem trước: vẽ mới (\d+), .*\((\d+) ms\)/);
  if (og) {
    out.ogTotal = Number(og[1]);
    out.ogDrawn = Number(og[2]);
    out.ogMs = Number(og[3]);
  }
  const sitemapAt = stampOf(/\[@astrojs\/sitemap\]/);
  if (prerender && sitemapAt !== undefined) out.sitemapMs = sitemapAt - prerender.ms;
  const pagefind = number(/\[ntm:pagefind\] (\d+) trang .*\((\d+) ms\)/);
  if (pagefind) {
    out.pagefindPages = Number(pagefind[1]);
    out.pagefindMs = Number(pagefind[2]);
  }
  const total = number(/\[build\] (\d+) page\(s\) built in (.+)$/);
  if (total) {
    out.pages = Number(total[1]);
    out.astroTotalMs = parseDuration(total[2]!);
  }
  let pending: string | undefined;
  for (const l of lines) {
    const route = ROUTE.exec(l.text);
    if (route) {
      const ms = route[2] === undefined ? undefined : parseDuration(route[2]);
      if (ms === undefined) pending = route[1];
      else {
        out.routes.push({ path: route[1]!, ms });
        pending = undefined;
      }
      continue;
    }
    const lone = LONE_TIME.exec(l.text);
    if (lone && pending !== undefined) {
      out.routes.push({ path: pending, ms: parseDuration(lone[1]!) ?? 0 });
      pending = undefined;
    }
  }
  return out;
};
