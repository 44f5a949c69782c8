/**
 * Derives the portal's administrative-unit tables from the third-party reference files in
 * ../shared/data/admin-units (see its README): for each current province, data/units/P-slug.csv (the
 * province and its communes since 1/7/2025, plus the old provinces, districts and communes that went
 * into it, valid until 30/6/2025), data/lineage/P-slug.csv (old → new edges) and the outlines in
 * data/boundaries/. Only facts are copied (codes, names, parents, lineage, geometry), never the files.
 *
 *   node scripts/derive-units.ts [--source DIR] [--out DIR] [PROVINCE_CODE ...]
 *
 * This file is the command line only: arguments, file I/O and printing. The pure transformations are
 * in scripts/derive-units/, one module per step, unit-tested there on fixtures.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cmp } from './derive-units/compare.ts';
import { toCsv } from './derive-units/csv.ts';
import { LINEAGE_COLUMNS } from './derive-units/lineage.ts';
import { deriveProvince, type ProvinceResult } from './derive-units/province.ts';
import { pointerReadmeText, readmeText, type Licence } from './derive-units/readme.ts';
import { KNOWN_PROVINCES } from './derive-units/resolutions.ts';
import { indexSources, type SourceIndex } from './derive-units/source-index.ts';
import { SOURCE_FILES, type Sources } from './derive-units/sources.ts';
import { describeLineage, describeUnits } from './derive-units/summary.ts';
import { outlineProblems, reduceTopology, topologyText, type Topology } from './derive-units/topology.ts';
import { UNIT_COLUMNS } from './derive-units/units.ts';
import { invokedDirectly } from './invoked-directly.ts';

// ---------------------------------------------------------------------------------------------------
// Command line
// ---------------------------------------------------------------------------------------------------

/** The demo's provinces: Lai Châu; Quảng Trị (+ Quảng Bình); Quảng Ngãi (+ Kon Tum); Vĩnh Long (+ Bến Tre, Trà Vinh). */
export const DEFAULT_PROVINCES = ['12', '44', '51', '86'] as const;

/** Parsed command line. */
export interface CliOptions {
  source: string;
  out: string;
  provinces: string[];
}

const USAGE = 'usage: node scripts/derive-units.ts [--source DIR] [--out DIR] [PROVINCE_CODE ...]';

/** Reads the arguments; unknown flags and malformed or unknown province codes throw. */
export const parseArgs = (argv: readonly string[], defaults: { source: string; out: string }): CliOptions => {
  const opts: CliOptions = { ...defaults, provinces: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--') ? [arg.split('=')[0]!, arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : undefined] : [arg, undefined];
    if (flag === '--source' || flag === '--out') {
      const value = inline ?? argv[++i];
      if (!value) throw new Error(`${flag} needs a folder\n${USAGE}`);
      opts[flag === '--source' ? 'source' : 'out'] = value;
    } else if (/^\d{1,2}$/.test(arg)) {
      opts.provinces.push(arg.padStart(2, '0'));
    } else {
      throw new Error(`unexpected argument "${arg}"\n${USAGE}`);
    }
  }
  const unknown = opts.provinces.filter((c) => !KNOWN_PROVINCES.includes(c));
  if (unknown.length > 0) {
    throw new Error(`unknown current province code(s): ${unknown.join(', ')}; known: ${KNOWN_PROVINCES.join(' ')}`);
  }
  if (opts.provinces.length === 0) opts.provinces = [...DEFAULT_PROVINCES];
  opts.provinces = [...new Set(opts.provinces)].sort(cmp);
  return opts;
};

// ---------------------------------------------------------------------------------------------------
// File I/O
// ---------------------------------------------------------------------------------------------------

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

// Every file read must exist; `missing` is the whole message when it does not.
const readText = (path: string, missing: string): string => {
  if (!existsSync(path)) throw new Error(missing);
  return readFileSync(path, 'utf8');
};

const readJson = <T>(dir: string, file: string): T => {
  const path = join(dir, file);
  return JSON.parse(readText(path, `missing source file ${path}`)) as T;
};

const expectList = (value: unknown, file: string): void => {
  if (!Array.isArray(value)) throw new Error(`${file} does not have the expected shape (a list)`);
};

/** Reads and shape-checks the four JSON sources. */
export const loadSources = (dir: string): Sources => {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new Error(`source folder not found: ${dir}\n(pass --source DIR; the default is ../shared/data/admin-units relative to the repository)`);
  }
  const sources: Sources = {
    current: readJson(dir, SOURCE_FILES.current),
    old: readJson(dir, SOURCE_FILES.old),
    splits: readJson(dir, SOURCE_FILES.splits),
    merges: readJson(dir, SOURCE_FILES.merges),
  };
  expectList(sources.current, SOURCE_FILES.current);
  expectList(sources.old, SOURCE_FILES.old);
  expectList(sources.splits.data, SOURCE_FILES.splits);
  expectList(sources.merges.data, SOURCE_FILES.merges);
  return sources;
};

/** The communes outline file of a province, relative to the source folder, if there is one. */
const communesOutlineFile = (sourceDir: string, code: string): string | undefined => {
  const dir = join(sourceDir, SOURCE_FILES.boundaries);
  if (!existsSync(dir)) return undefined;
  const name = readdirSync(dir)
    .sort(cmp)
    .find((f) => f.startsWith(`communes-${code}_`) && f.endsWith('.topojson'));
  return name === undefined ? undefined : join(SOURCE_FILES.boundaries, name);
};

/** One file to write: path relative to the out folder, text, and a description for the log. */
interface Output {
  path: string;
  text: string;
  what: string;
}

const readLicence = (sourceDir: string, file: string, work: string): Licence => {
  const path = join(sourceDir, file);
  return { work, text: readText(path, `missing licence file ${path} (its notice must be reproduced)`) };
};

/** Outputs and notes for the outlines: all provinces, and communes of each requested province that has them. */
const outlineOutputs = (opts: CliOptions, ix: SourceIndex, results: readonly ProvinceResult[]): { outputs: Output[]; notes: string[] } => {
  const provinces = reduceTopology(readJson<Topology>(opts.source, SOURCE_FILES.provinces), 'provinces');
  const expected = new Map([...ix.current.values()].map((p) => [p.Code, p.Name]));
  const notes = outlineProblems(provinces, 'provinces', expected, 'provinces.topojson');
  const outputs: Output[] = [{ path: 'boundaries/provinces.topojson', text: topologyText(provinces), what: `${provinces.objects['provinces']!.geometries.length} province outlines` }];
  for (const r of results) {
    const file = communesOutlineFile(opts.source, r.code);
    if (!file) {
      notes.push(`${r.code}: no commune outlines in the source; skipped`);
      continue;
    }
    const topo = reduceTopology(readJson<Topology>(opts.source, file), 'communes');
    const wards = new Map(ix.current.get(r.code)!.Wards.map((w) => [w.Code, w.Name]));
    const path = `boundaries/communes-${r.slug}.topojson`;
    notes.push(...outlineProblems(topo, 'communes', wards, path));
    outputs.push({ path, text: topologyText(topo), what: `${topo.objects['communes']!.geometries.length} commune outlines` });
  }
  return { outputs, notes };
};

const provinceOutputs = (r: ProvinceResult): Output[] => [
  { path: `units/${r.slug}.csv`, text: toCsv(r.units, UNIT_COLUMNS), what: describeUnits(r.units) },
  { path: `lineage/${r.slug}.csv`, text: toCsv(r.lineage, LINEAGE_COLUMNS), what: describeLineage(r.lineage) },
];

const readmeOutputs = (sourceDir: string): Output[] => [
  {
    path: 'units/README.md',
    text: readmeText(
      readLicence(sourceDir, SOURCE_FILES.licenceUnits, 'thanglequoc/vietnamese-provinces-database'),
      readLicence(sourceDir, SOURCE_FILES.licenceLineage, 'dvhcvn/20250701'),
    ),
    what: 'README',
  },
  { path: 'lineage/README.md', text: pointerReadmeText('lineage'), what: 'README' },
  { path: 'boundaries/README.md', text: pointerReadmeText('boundaries'), what: 'README' },
];

const kB = (text: string): string => `${(Buffer.byteLength(text) / 1024).toFixed(1)} kB`;

const writeOutputs = (outDir: string, outputs: readonly Output[]): void => {
  for (const o of outputs) {
    const path = join(outDir, o.path);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, o.text);
    console.log(`  wrote ${relative(process.cwd(), path) || path}  (${o.what}; ${kB(o.text)})`);
  }
};

const printNotes = (title: string, notes: readonly string[]): void => {
  console.log(notes.length === 0 ? `${title}: nothing to report` : `${title}: ${notes.length} note(s)`);
  for (const n of notes) console.log(`  - ${n}`);
};

/** Derives everything for the requested provinces and writes it; throws before writing if any row is invalid. */
export const run = (opts: CliOptions): void => {
  const ix = indexSources(loadSources(opts.source));
  const missing = opts.provinces.filter((c) => !ix.current.has(c));
  if (missing.length > 0) throw new Error(`province code(s) not in ${SOURCE_FILES.current}: ${missing.join(', ')}`);
  const results = opts.provinces.map((c) => deriveProvince(ix, c));
  const problems = results.flatMap((r) => r.problems);
  if (problems.length > 0) throw new Error(`nothing written; ${problems.length} invalid row(s):\n${problems.join('\n')}`);
  const outlines = outlineOutputs(opts, ix, results);
  const readmes = readmeOutputs(opts.source);
  for (const r of results) {
    console.log(`${r.code} ${r.name} ← old ${r.oldProvinces.map((p) => `${p.Code} ${p.Name}`).join(', ')}`);
    writeOutputs(opts.out, provinceOutputs(r));
    printNotes(`  ${r.slug} source check`, r.notes);
  }
  console.log('outlines and READMEs');
  writeOutputs(opts.out, [...outlines.outputs, ...readmes]);
  printNotes('  outline check', outlines.notes);
};

/** Entry point: parses argv, runs, and turns any error into a message and exit code 1. */
export const main = (argv: readonly string[]): number => {
  try {
    const defaults = { source: resolve(REPO_ROOT, '../shared/data/admin-units'), out: resolve(REPO_ROOT, 'data') };
    const opts = parseArgs(argv, defaults);
    run({ ...opts, source: resolve(opts.source), out: resolve(opts.out) });
    return 0;
  } catch (e) {
    console.error(`derive-units: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
};

if (invokedDirectly(import.meta.url)) process.exitCode = main(process.argv.slice(2));
