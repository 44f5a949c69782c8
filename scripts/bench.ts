/**
 * `npm run bench`: generates a synthetic dataset (all of it marked illustrative) of the chosen scale
 * in a temporary folder, builds the portal from it with the portal's own code (NTM_DATA_ROOT), and
 * reports what the build cost: time per phase (wall and CPU), peak memory, pages per second, output
 * size, critical-path weight per page type, Pagefind's bytes and time for a first query in Chromium,
 * Lighthouse, a rebuild after a one-row change, and the ratio to a minimal Astro site of as many pages.
 *
 *   npm run bench -- --scale demo|province|national [--help for every option]
 *
 * Writes .cache/bench/report-<scale>.md and .json (and prints the Markdown). Not part of the tests.
 * This file is the orchestration and I/O only; every step lives in scripts/bench/.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseBenchArgs, USAGE, type BenchOptions } from './bench/args.ts';
import { parseBuildLog, type BuildPhases } from './bench/build-log.ts';
import { probeSearch, runLighthouse, SLOW_LINK } from './bench/browser.ts';
import { generateDataset } from './bench/dataset.ts';
import { readInputs, writeDataset } from './bench/inputs.ts';
import { loadNow, machine } from './bench/machine.ts';
import { writeMinimalSite } from './bench/minimal-site.ts';
import { amendBody, flipFirstAssessment } from './bench/mutate.ts';
import { diffTrees, hashTree, outputStats } from './bench/output-stats.ts';
import { pageType, type PageType } from './bench/page-types.ts';
import { measure, type StampedLine } from './bench/proc.ts';
import { checkTargets, reportMarkdown, routeTypeTimes, sec, type BenchResult, type RebuildResult } from './bench/report.ts';
import { serveSite } from './bench/serve.ts';
import { invokedDirectly } from './invoked-directly.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ASTRO = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
const TIME_BIN = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/** The environment for a child build: no colours in its log (picocolors colours whenever FORCE_COLOR is set, even to 0). */
const plainEnv = (extra: Record<string, string>): NodeJS.ProcessEnv => {
  const { FORCE_COLOR: _force, ...env } = process.env;
  return { ...env, NO_COLOR: '1', ...extra };
};

const log = (msg: string) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}`);

/** The config the benchmark builds with: the project's own, with output and caches moved to the work folder. */
const wrapperConfig = (dir: string, incremental: boolean): string =>
  [
    '// Written by npm run bench: the portal\'s own astro.config.mjs, with output and caches in the benchmark folder.',
    `import config from ${JSON.stringify(join(ROOT, 'astro.config.mjs'))};`,
    'export default {',
    '  ...config,',
    `  outDir: ${JSON.stringify(join(dir, 'dist'))},`,
    `  cacheDir: ${JSON.stringify(join(dir, 'astro-cache'))},`,
    `  vite: { ...config.vite, cacheDir: ${JSON.stringify(join(dir, 'vite-cache'))} },`,
    incremental ? '  experimental: { ...config.experimental, incrementalBuild: true },' : '',
    '};',
    '',
  ].join('\n');

/** Runs `astro build` on the dataset in `dir`, its log saved as `logName`. */
const build = async (dir: string, logName: string) => {
  const configRel = relative(ROOT, join(dir, 'astro.bench.config.mjs'));
  let shown = 0;
  const run = await measure(process.execPath, [ASTRO, 'build', '--config', configRel], {
    cwd: ROOT,
    env: plainEnv({ NTM_DATA_ROOT: join(dir, 'site'), OG_CACHE_DIR: join(dir, 'og-cache') }),
    timeBin: TIME_BIN,
    // Progress without the thousands of route lines.
    onLine: (l: StampedLine) => {
      if (!/[├└]─/.test(l.text) && shown++ < 400) console.error(`  ${sec(l.ms).padStart(8)} ${l.text}`);
    },
  });
  writeFileSync(join(dir, logName), run.lines.map((l) => `${String(l.ms).padStart(8)} ${l.text}`).join('\n'));
  return run;
};

const withoutRoutes = ({ routes: _routes, ...rest }: BuildPhases): Omit<BuildPhases, 'routes'> => rest;

/** Pages for Lighthouse: the heaviest page of a few types. */
const LIGHTHOUSE_TYPES: readonly PageType[] = ['home', 'unit-commune', 'unit-province', 'unit-old-commune', 'directive', 'directive-list', 'news', 'search'];

/** Runs the whole benchmark; returns the result (also written to disk). */
export const run = async (opts: BenchOptions): Promise<BenchResult> => {
  const dir = resolve(opts.dir ?? join(tmpdir(), `ntm-bench-${opts.scale}`));
  const outDir = resolve(opts.out ?? join(ROOT, '.cache', 'bench'));
  mkdirSync(dir, { recursive: true });
  mkdirSync(outDir, { recursive: true });
  const m = machine(ROOT);
  const notes: string[] = [];
  if (opts.incremental) notes.push('Built with `experimental.incrementalBuild` (not the project default).');
  if (opts.keepImages) notes.push('The "cold" build started with the preview images a previous run had drawn (`--keep-images`), as a CI build with its image cache restored does; everything else was cold.');

  log(`generating the ${opts.scale} dataset into ${dir}/site`);
  const t0 = performance.now();
  const source = resolve(opts.source ?? join(ROOT, '..', 'shared', 'data', 'admin-units'));
  const inputs = readInputs(ROOT, source);
  const dataset = generateDataset(inputs, opts.sizes);
  writeDataset(join(dir, 'site'), dataset.files);
  const generateMs = Math.round(performance.now() - t0);
  log(`${dataset.counts.files} files (${(dataset.counts.bytes / 1e6).toFixed(1)} MB) in ${sec(generateMs)}`);
  const result: BenchResult = {
    scale: opts.scale,
    sizes: opts.sizes,
    machine: m,
    dataset: { ...dataset.counts, generateMs },
    build: { wallMs: 0, cpuSeconds: 0, peakTreeRssBytes: 0, peakProcessRssBytes: 0, exitCode: -1, phases: {}, routeTypes: [] },
    notes,
  };
  const save = () => {
    result.machine.loadEnd = loadNow();
    writeFileSync(join(outDir, `report-${opts.scale}.json`), `${JSON.stringify(result, null, 2)}\n`);
    writeFileSync(join(outDir, `report-${opts.scale}.md`), reportMarkdown(result));
  };
  if (opts.generateOnly) {
    save();
    return result;
  }

  if (!opts.skip.validate) {
    log('npm run validate on the dataset');
    const v = await measure(process.execPath, [join(ROOT, 'scripts', 'validate.ts'), '--root', join(dir, 'site')], { cwd: ROOT, env: process.env, timeBin: TIME_BIN });
    const { lines: _lines, ...usage } = v;
    result.validate = usage;
    if (v.exitCode !== 0) throw new Error(`the generated dataset does not validate:\n${v.lines.slice(0, 20).map((l) => l.text).join('\n')}`);
  }

  log('cold build');
  for (const sub of ['dist', 'astro-cache', 'vite-cache', ...(opts.keepImages ? [] : ['og-cache'])]) rmSync(join(dir, sub), { recursive: true, force: true });
  writeFileSync(join(dir, 'astro.bench.config.mjs'), wrapperConfig(dir, opts.incremental));
  const cold = await build(dir, 'build.log');
  const phases = parseBuildLog(cold.lines);
  const { lines: _l, ...coldUsage } = cold;
  result.build = { ...coldUsage, phases: withoutRoutes(phases), routeTypes: routeTypeTimes(phases.routes) };
  save();
  if (cold.exitCode !== 0) {
    log(`build failed (exit ${cold.exitCode}); log in ${join(dir, 'build.log')}`);
    return result;
  }
  const dist = join(dir, 'dist');
  log('weighing the output');
  result.output = outputStats(dist, { seed: opts.sizes.seed });
  save();

  if (!opts.skip.browser) {
    const site = await serveSite(dist);
    const slow = await serveSite(dist, SLOW_LINK);
    try {
      // A common term, and a rare one: the name of a commune of the dataset.
      const rare = rareTerm(join(dir, 'site'));
      const queries = ['nông thôn', rare, '43/TB-UBND'];
      log(`search probes: ${queries.map((q) => `"${q}"`).join(', ')}`);
      result.search = await probeSearch(site.url, slow.url, queries);
      save();
      if (!opts.skip.lighthouse) {
        const pages = LIGHTHOUSE_TYPES.flatMap((t) => {
          const s = result.output!.types.find((x) => x.type === t);
          return s?.max ? [{ pageType: t, path: `/${s.max.path.replace(/index\.html$/, '')}` }] : [];
        });
        log(`lighthouse on ${pages.length} pages`);
        result.lighthouse = await runLighthouse(site.url, pages);
        save();
      }
    } finally {
      await site.close();
      await slow.close();
    }
  }

  if (!opts.skip.rebuild) {
    log('rebuild after one CSV row and one directive changed');
    const before = hashTree(dist);
    const changes = mutate(join(dir, 'site'));
    const re = await build(dir, 'rebuild.log');
    const rePhases = parseBuildLog(re.lines);
    const after = re.exitCode === 0 ? hashTree(dist) : new Map<string, string>();
    const diff = diffTrees(before, after);
    const changedByType: RebuildResult['changedByType'] = {};
    for (const f of [...diff.changed, ...diff.added]) changedByType[pageType(f)] = (changedByType[pageType(f)] ?? 0) + 1;
    const { lines: _r, ...reUsage } = re;
    result.rebuild = {
      ...reUsage,
      changes,
      astroPages: rePhases.pages,
      phases: withoutRoutes(rePhases),
      added: diff.added.length,
      removed: diff.removed.length,
      changed: diff.changed.length,
      changedByType,
      examples: diff.changed.filter((f) => f.endsWith('.html')).slice(0, 6),
    };
    save();
  }

  if (!opts.skip.minimal) {
    const pages = phases.pages ?? result.output?.htmlPages ?? 100;
    log(`minimal Astro site with ${pages} pages`);
    const minDir = join(dir, 'minimal');
    writeMinimalSite(minDir, pages, join(ROOT, 'node_modules'));
    const mr = await measure(process.execPath, [ASTRO, 'build'], { cwd: minDir, env: plainEnv({}), timeBin: TIME_BIN });
    writeFileSync(join(dir, 'minimal.log'), mr.lines.map((l) => `${String(l.ms).padStart(8)} ${l.text}`).join('\n'));
    const mp = parseBuildLog(mr.lines);
    const { lines: _m, ...minUsage } = mr;
    result.minimal = { ...minUsage, pages: mp.pages, astroTotalMs: mp.astroTotalMs, prerenderMs: mp.prerenderMs };
  }
  save();
  return result;
};

/** A commune name from the dataset's units, as a rare search term (deterministic: the first xã of the first file). */
const rareTerm = (site: string): string => {
  const units = join(site, 'data', 'units');
  const file = readFileSync(join(units, readdirSync(units).filter((f) => f.endsWith('.csv')).sort()[0]!), 'utf8');
  const row = file.split('\n').find((l) => /,xã,commune,/.test(l) && /,2025-07-01,/.test(l));
  return row?.split(',')[1] ?? 'giải ngân';
};


/** Applies the two edits of the rebuild measurement to the dataset; returns what was changed. */
const mutate = (site: string): string[] => {
  const assessments = join(site, 'data', 'assessments');
  const folder = readdirSortedAll(assessments)[0]!;
  const csvPath = join(assessments, folder, '2026.csv');
  const flipped = flipFirstAssessment(readFileSync(csvPath, 'utf8'));
  writeFileSync(csvPath, flipped.text);
  const directives = join(site, 'content', 'directives');
  const first = readdirSortedAll(directives).find((f) => f.endsWith('.md'))!;
  writeFileSync(join(directives, first), amendBody(readFileSync(join(directives, first), 'utf8')));
  return [
    `data/assessments/${folder}/2026.csv: unit ${flipped.row['unit']}, criterion ${flipped.row['criterion']}, met → ${flipped.row['met']}`,
    `content/directives/${first}: one sentence added to the text`,
  ];
};

const readdirSortedAll = (d: string): string[] => readdirSync(d).sort();

/** Entry point. */
export const main = async (argv: readonly string[]): Promise<number> => {
  if (argv.includes('--help')) {
    console.log(USAGE);
    return 0;
  }
  try {
    const opts = parseBenchArgs(argv);
    const result = await run(opts);
    console.log(reportMarkdown(result));
    const missed = checkTargets(result).filter((c) => c.met === false);
    log(`report: ${join(resolve(opts.out ?? join(ROOT, '.cache', 'bench')), `report-${opts.scale}.md`)}${missed.length ? `; ${missed.length} target(s) missed` : ''}`);
    return result.build.exitCode === 0 ? 0 : 1;
  } catch (e) {
    console.error(`bench: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
    return 1;
  }
};

if (invokedDirectly(import.meta.url)) process.exitCode = await main(process.argv.slice(2));
