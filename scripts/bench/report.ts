/**
 * The benchmark's result (one JSON object) and its Markdown report: the machine, the dataset, the
 * time of every phase (wall and CPU), memory, output, the weight of each page type, search, Lighthouse,
 * the one-row rebuild, the ratio to a minimal Astro site, and each target of issue 10 met or missed
 * by how much. Pure.
 */
import type { BuildPhases, RouteTime } from './build-log.ts';
import type { LighthouseResult, SearchProbe } from './browser.ts';
import type { DatasetCounts } from './dataset.ts';
import type { Machine } from './machine.ts';
import type { OutputStats } from './output-stats.ts';
import { pageType, PAGE_TYPES, type PageType } from './page-types.ts';
import type { RunUsage } from './proc.ts';
import type { Sizes } from './scale.ts';

/** Time spent prerendering each page type, from the per-route log lines. */
export interface RouteTypeTime {
  type: PageType;
  routes: number;
  totalMs: number;
  maxMs: number;
  maxPath: string;
}

/** A measured run without its log. */
export type Usage = RunUsage;

export interface RebuildResult extends Usage {
  changes: string[];
  astroPages?: number;
  phases: Omit<BuildPhases, 'routes'>;
  added: number;
  removed: number;
  changed: number;
  changedByType: Partial<Record<PageType, number>>;
  /** A few changed paths, for the reader. */
  examples: string[];
}

export interface MinimalResult extends Usage {
  pages?: number;
  astroTotalMs?: number;
  prerenderMs?: number;
}

/** Everything one `npm run bench` measured. */
export interface BenchResult {
  scale: string;
  sizes: Sizes;
  machine: Machine;
  dataset: DatasetCounts & { generateMs: number };
  validate?: Usage;
  build: Usage & { phases: Omit<BuildPhases, 'routes'>; routeTypes: RouteTypeTime[] };
  output?: OutputStats;
  search?: SearchProbe[];
  lighthouse?: LighthouseResult[];
  rebuild?: RebuildResult;
  minimal?: MinimalResult;
  /** Settings that differ from a plain `npm run build`, e.g. incremental build. */
  notes: string[];
}

/** Groups route times by page type. */
export const routeTypeTimes = (routes: readonly RouteTime[]): RouteTypeTime[] => {
  const by = new Map<PageType, RouteTypeTime>();
  for (const r of routes) {
    const type = pageType(r.path);
    const t = by.get(type) ?? { type, routes: 0, totalMs: 0, maxMs: 0, maxPath: r.path };
    t.routes++;
    t.totalMs += r.ms;
    if (r.ms >= t.maxMs) {
      t.maxMs = r.ms;
      t.maxPath = r.path;
    }
    by.set(type, t);
  }
  return [...by.values()].sort((a, b) => b.totalMs - a.totalMs);
};

/** One target of the issue, checked. */
export interface TargetCheck {
  name: string;
  target: string;
  measured: string;
  /** undefined: not measured in this run. */
  met?: boolean;
  /** How far off, in words, when missed. */
  miss?: string;
}

const KB = 1024;
const GiB = 1024 ** 3;
export const kb = (bytes: number): string => `${(bytes / KB).toFixed(1)} KB`;
export const mb = (bytes: number): string => `${(bytes / KB / KB).toFixed(1)} MB`;
export const gib = (bytes: number): string => `${(bytes / GiB).toFixed(2)} GiB`;
export const sec = (ms: number | undefined): string => (ms === undefined ? '–' : `${(ms / 1000).toFixed(1)} s`);
const pct = (over: number, limit: number): string => `${Math.round((100 * (over - limit)) / limit)} %`;

/** The issue's targets against a result. Build-time targets apply to the national scale. */
export const checkTargets = (r: BenchResult): TargetCheck[] => {
  const checks: TargetCheck[] = [];
  const limit = (name: string, target: string, value: number | undefined, max: number, show: (v: number) => string, lowerIsBetter = true): void => {
    if (value === undefined) {
      checks.push({ name, target, measured: 'not measured' });
      return;
    }
    const met = lowerIsBetter ? value <= max : value >= max;
    checks.push({ name, target, measured: show(value), met, miss: met ? undefined : lowerIsBetter ? `${show(value - max)} over (${pct(value, max)})` : `${show(max - value)} under` });
  };
  limit('Cold build time', '< 4 min', r.build.exitCode === 0 ? r.build.wallMs : undefined, 240_000, (v) => sec(v));
  limit('Cold build peak memory', '< 4 GiB', r.build.peakTreeRssBytes || undefined, 4 * GiB, gib);
  limit('One-row rebuild', '< 60 s', r.rebuild && r.rebuild.exitCode === 0 ? r.rebuild.wallMs : undefined, 60_000, (v) => sec(v));
  limit('Output size', '< 1 GB', r.output?.bytes, 1e9, mb);
  const html = r.output?.types.filter((t) => t.max) ?? [];
  const heaviest = [...html].sort((a, b) => b.max!.total - a.max!.total)[0];
  limit(`Critical path, heaviest page type${heaviest ? ` (${heaviest.type})` : ''}`, '≤ 100 KB gzip', heaviest?.max?.total, 100 * KB, kb);
  const jsHeaviest = [...html].sort((a, b) => (b.maxJs ?? 0) - (a.maxJs ?? 0))[0];
  limit(`JavaScript before interaction${jsHeaviest ? ` (${jsHeaviest.type})` : ''}`, '≤ 50 KB gzip', jsHeaviest?.maxJs, 50 * KB, kb);
  const scores = (r.lighthouse ?? []).filter((l) => l.performance !== null);
  const worst = [...scores].sort((a, b) => a.performance! - b.performance!)[0];
  limit(`Lighthouse mobile performance, worst page${worst ? ` (${worst.pageType})` : ''}`, '≥ 95', worst ? Math.round(worst.performance! * 100) : undefined, 95, (v) => String(v), false);
  return checks;
};

const row = (cells: readonly (string | number)[]): string => `| ${cells.join(' | ')} |`;
const table = (head: readonly string[], rows: readonly (readonly (string | number)[])[], align?: string): string[] => [
  row(head),
  align ?? row(head.map((_, i) => (i === 0 ? '---' : '---:'))),
  ...rows.map(row),
];

/** The Markdown report. */
export const reportMarkdown = (r: BenchResult): string => {
  const m = r.machine;
  const out: string[] = [];
  const b = r.build;
  const ph = b.phases;
  out.push(`# Benchmark: ${r.scale} (seed ${r.sizes.seed})`, '');
  out.push(
    `Machine: ${m.cpu}, ${m.cores} cores, ${gib(m.memoryBytes)} RAM; Node ${m.node}, Astro ${m.astro}, Pagefind ${m.pagefind}; ${m.date.slice(0, 16).replace('T', ' ')} UTC. ` +
      `Load average ${m.loadStart.toFixed(1)} at the start, ${m.loadEnd?.toFixed(1) ?? '?'} at the end (a load above the core count means other jobs competed for the CPU: read CPU seconds, not wall time).`,
    '',
  );
  if (r.notes.length > 0) out.push(...r.notes.map((n) => `- ${n}`), '');
  const d = r.dataset;
  out.push('## Dataset (synthetic, marked illustrative)', '');
  out.push(
    ...table(
      ['provinces', 'communes before 2025', 'communes now', 'assessments (rows)', 'directives', 'news', 'campaigns', 'files', 'size', 'generated in'],
      [[d.provinces, d.oldCommunes, d.currentCommunes, `${d.assessments} (${d.assessmentRows})`, d.directives, d.news, d.campaigns, d.files, mb(d.bytes), sec(d.generateMs)]],
    ),
    '',
  );
  out.push('## Build', '');
  const phaseRows: (string | number)[][] = [];
  if (r.validate) phaseRows.push(['`npm run validate` (separate run)', sec(r.validate.wallMs), `${r.validate.cpuSeconds.toFixed(1)} s`, gib(r.validate.peakTreeRssBytes)]);
  phaseRows.push(['**`astro build`, all phases**', `**${sec(b.wallMs)}**`, `**${b.cpuSeconds.toFixed(1)} s**`, `**${gib(b.peakTreeRssBytes)}**`]);
  phaseRows.push(['· data validation (integration)', sec(ph.validateMs), '', '']);
  phaseRows.push(['· collecting build info (incl. content sync)', sec(ph.collectMs), '', '']);
  phaseRows.push(['· · content sync', sec(ph.contentSyncMs), '', '']);
  phaseRows.push(['· bundling (Vite)', sec(ph.bundleMs), '', '']);
  phaseRows.push(['· prerendering all routes', sec(ph.prerenderMs), '', '']);
  phaseRows.push([`· · of which preview images (${ph.ogDrawn ?? '?'} drawn of ${ph.ogTotal ?? '?'})`, sec(ph.ogMs), '', '']);
  phaseRows.push(['· sitemap', sec(ph.sitemapMs), '', '']);
  phaseRows.push([`· Pagefind (${ph.pagefindPages ?? '?'} pages indexed)`, sec(ph.pagefindMs), '', '']);
  out.push(...table(['phase', 'wall', 'CPU', 'peak memory (process tree)'], phaseRows), '');
  if (b.exitCode !== 0) out.push(`**The build failed (exit code ${b.exitCode}).** See the build log.`, '');
  const pages = ph.pages ?? 0;
  out.push(
    `${pages} pages (Astro's count) in ${sec(b.wallMs)}: **${(pages / (b.wallMs / 1000)).toFixed(1)} pages/s** wall, ${((b.cpuSeconds * 1000) / Math.max(1, pages)).toFixed(1)} ms CPU per page. ` +
      `Largest single process: ${gib(b.peakProcessRssBytes)}.`,
    '',
  );
  if (b.routeTypes.length > 0) {
    out.push('Prerender time by page type (Astro\'s per-route times; the first preview image includes drawing them all):', '');
    out.push(...table(['page type', 'routes', 'total', 'mean', 'slowest'], b.routeTypes.slice(0, 14).map((t) => [t.type, t.routes, sec(t.totalMs), `${(t.totalMs / t.routes).toFixed(1)} ms`, `${t.maxMs} ms ${t.maxPath}`])), '');
  }
  if (r.minimal) {
    const mm = r.minimal;
    const ratio = b.wallMs / Math.max(1, mm.wallMs);
    const cpuRatio = b.cpuSeconds / Math.max(0.001, mm.cpuSeconds);
    out.push('## Against a minimal Astro site', '');
    out.push(
      `The same Astro built ${mm.pages ?? '?'} trivial pages in ${sec(mm.wallMs)} (${mm.cpuSeconds.toFixed(1)} s CPU; ${((mm.wallMs / Math.max(1, mm.pages ?? 1))).toFixed(2)} ms/page). ` +
        `The portal takes **${ratio.toFixed(1)}×** its time per page (wall), **${cpuRatio.toFixed(1)}×** in CPU time.`,
      '',
    );
  }
  if (r.output) {
    const o = r.output;
    out.push('## Output', '');
    out.push(`${o.files} files, ${mb(o.bytes)}; ${o.htmlPages} HTML pages.`, '');
    const exts = Object.entries(o.byExtension).sort(([, a], [, b2]) => b2.bytes - a.bytes).slice(0, 8);
    out.push(...table(['extension', 'files', 'size'], exts.map(([e, s]) => [e, s.files, mb(s.bytes)])), '');
    out.push('Critical path per page type (gzip -9: the HTML, its stylesheets, and the scripts loaded before interaction; web fonts are `font-display: optional`, never waited for, and listed apart):', '');
    const typed = o.types.filter((t) => t.max).sort((a, c) => PAGE_TYPES.indexOf(a.type) - PAGE_TYPES.indexOf(c.type));
    out.push(
      ...table(
        ['page type', 'pages', 'weighed', 'median HTML', 'CSS', 'JS', 'median total', 'heaviest total (HTML)', 'fonts', 'heaviest page'],
        typed.map((t) => [t.type, t.files, t.weighed ?? 0, kb(t.median!.html), kb(t.median!.css), kb(t.maxJs ?? 0), kb(t.median!.total), `${kb(t.max!.total)} (${kb(t.max!.html)})`, kb(t.max!.fonts), `\`/${t.max!.path.replace(/index\.html$/, '')}\``]),
      ),
      '',
    );
    const other = o.types.filter((t) => !t.max);
    out.push(...table(['other files', 'files', 'size'], other.map((t) => [t.type, t.files, mb(t.bytes)])), '');
  }
  if (r.search?.length) {
    out.push('## Search (Pagefind), first query on a fresh page', '');
    out.push(
      ...table(
        ['query', 'results', 'pagefind/ bytes to first result', 'pagefind/ bytes, all (with filter lists)', 'requests', 'largest file', 'all bytes', 'first result', 'first result, slow 4G + 4× CPU (page only)'],
        r.search.map((s) => [`“${s.query}”`, s.results, kb(s.pagefindBytesToFirstResult), kb(s.pagefindBytes), s.pagefindRequests, s.largestPagefindFile ? `${kb(s.largestPagefindFile.bytes)} ${s.largestPagefindFile.url.replace(/^.*\/pagefind\//, '')}` : '–', kb(s.totalBytes), sec(s.firstResultMs), sec(s.throttledFirstResultMs)]),
      ),
      '',
    );
  }
  if (r.lighthouse?.length) {
    out.push('## Lighthouse (mobile preset, performance), heaviest page of each type', '');
    out.push(
      ...table(
        ['page type', 'page', 'score', 'FCP', 'LCP', 'TBT', 'CLS', 'Speed Index'],
        r.lighthouse.map((l) => [l.pageType, `\`${l.path}\``, l.performance === null ? `error: ${l.error ?? '?'}` : Math.round(l.performance * 100), sec(l.fcpMs), sec(l.lcpMs), l.tbtMs === undefined ? '–' : `${Math.round(l.tbtMs)} ms`, l.cls?.toFixed(3) ?? '–', sec(l.speedIndexMs)]),
      ),
      '',
    );
  }
  if (r.rebuild) {
    const rb = r.rebuild;
    out.push('## Rebuild after a one-row change', '');
    out.push(`Changes: ${rb.changes.join('; ')}.`, '');
    out.push(
      `Rebuild (caches kept: Astro's, the preview images'): **${sec(rb.wallMs)}** wall, ${rb.cpuSeconds.toFixed(1)} s CPU, ${gib(rb.peakTreeRssBytes)} peak; ` +
        `Astro rendered ${rb.astroPages ?? '?'} pages again (preview images drawn: ${rb.phases.ogDrawn ?? '?'}). ` +
        `Output files changed: ${rb.changed}, added ${rb.added}, removed ${rb.removed}.`,
      '',
    );
    const byType = Object.entries(rb.changedByType).sort(([, a], [, c]) => (c ?? 0) - (a ?? 0));
    if (byType.length > 0) out.push(...table(['page type', 'files changed'], byType.map(([t, n]) => [t, n ?? 0])), '');
    if (rb.examples.length > 0) out.push(`For example: ${rb.examples.map((e) => `\`${e}\``).join(', ')}.`, '');
  }
  out.push('## Targets (issue 10)', '');
  out.push(...table(['target', 'limit', 'measured', 'met?'], checkTargets(r).map((c) => [c.name, c.target, c.measured, c.met === undefined ? '–' : c.met ? 'yes' : `**no**: ${c.miss}`]), '|---|---|---:|---|'), '');
  return `${out.join('\n')}\n`;
};
