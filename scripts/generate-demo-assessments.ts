/**
 * Writes ILLUSTRATIVE commune assessments (số liệu minh họa) for the demo: data/assessments/<P-slug>/<YYYY>.csv,
 * every row with `illustrative` = 1 and `as_of`, `value`, `note`, `source` blank. Nothing here is a real
 * result; the numbers are invented to show what the portal does, and are only loosely calibrated so
 * that they are not absurd. Output is deterministic: every draw comes from a mulberry32 PRNG seeded by
 * a hash of the unit and the year (or of the unit and the criteria set), never from Math.random.
 *
 *   node scripts/generate-demo-assessments.ts [--out DIR]     (default: data/assessments)
 *
 * Which communes
 * - Old years (2021–2024): every unit of kind `xã` (not phường, thị trấn: they are not assessed
 *   against the rural criteria) in force on 31/12 of the year under one of SCOPES (an old province
 *   or district, found by walking `parent_code` at that date). A commune under two scopes counts once.
 * - Current years (2025, 2026): the current units of kind `xã` that those old communes went into,
 *   per data/lineage (old code resolved the day before `date`, new code on `date`). A current commune
 *   whose predecessors lie partly outside the scopes is derived from the predecessors inside them.
 * - Rows go to the folder of the units file the unit is listed in, which is the current province it
 *   lies in or went into (data/units/README.md).
 *
 * Model (criteria counts; the set and its number of criteria always come from data/criteria)
 * - Old years. Stated forwards, a commune has a base count in the first year and gains 0–2 criteria a
 *   year, rarely losing one (more often in 2024, when 211/QĐ-TTg made the set stricter), never above
 *   the set's total. It is drawn backwards, so that the share of communes meeting every criterion each
 *   year matches the scope's profile exactly: communes are ranked by a seeded hash (communes recognised
 *   in data/recognitions first, so that they are complete from the year they were recognised for) and
 *   the rank's quantile gives the year the commune completes (`Profile.complete`) or "not by 2024".
 *   A commune that never completes falls short by `Profile.shortfall` of the set in the last old year.
 *   Going back a year removes the gain drawn for that year; the year a commune completes it gained 1–2.
 * - First current year (2025, same set): all predecessors complete → complete; otherwise the rounded
 *   mean share of the predecessors' last-year counts, ±1, and not complete (a merged commune is
 *   re-assessed as a whole, and one of its parts still falls short).
 * - Next years: a new set (2026, QĐ 51/2025) is stricter, so the share met maps to 15–70 % of the new
 *   set, ±1, never all of it in its first year (typically 3–8 of 10); under the same set, +0–2.
 * - Which criteria: the count comes first; the criteria met are the first `count` of an order drawn
 *   once per commune and set by weighted sampling without replacement (EASE: planning, electricity,
 *   telecoms, defence come first; income, poverty, production, environment last), so a commune's met
 *   criteria grow year on year instead of being reshuffled.
 *
 * Calibration (loose; the print-out shows per scope and year how many communes meet all and the mean):
 * Kon Tum had about 42 of 85 communes meeting all 19 criteria at the start of 2023 and about 16
 * criteria per commune; huyện Trà Cú had 12 communes by April 2023 and all 15 by the end of 2023;
 * the communes recognised in data/recognitions (Trà Cú, for 2021) meet all criteria from 2021 on.
 * The other scopes follow plausible, uncalibrated profiles.
 *
 * This file is the command line: arguments, reading data/, writing the files and printing. The pure
 * logic lives in scripts/demo-assessments/, one module per step, with its tests on fixtures beside it.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'astro/zod';
import { readCsv } from '../src/lib/csv/read-csv.ts';
import { formatIssue } from '../src/lib/validate/issue.ts';
import { checkRows } from '../src/lib/validate/rows.ts';
import { recognitionRow } from '../src/schemas/assessment.ts';
import { criteriaSetRow, criterionRow } from '../src/schemas/criteria.ts';
import type { DatasetKey } from '../src/schemas/datasets.ts';
import { lineageRow, unitRow } from '../src/schemas/unit.ts';
import { calibration, calibrationLines } from './demo-assessments/calibration.ts';
import { datasetColumns, onlyGeneratedRows, toCsv, type Cells } from './demo-assessments/csv.ts';
import { generate } from './demo-assessments/generate.ts';
import type { CriteriaSet, DemoUnit, Inputs } from './demo-assessments/inputs.ts';
import { filesOf, rowProblems } from './demo-assessments/rows.ts';
import { SCOPES } from './demo-assessments/scopes.ts';
import { invokedDirectly } from './invoked-directly.ts';

// ---------------------------------------------------------------------------------------------------
// Command line
// ---------------------------------------------------------------------------------------------------

/** Parsed command line. */
export interface CliOptions {
  out: string;
}

const USAGE = 'usage: node scripts/generate-demo-assessments.ts [--out DIR]';

/** Reads the arguments; anything but --out DIR throws. */
export const parseArgs = (argv: readonly string[], defaults: CliOptions): CliOptions => {
  const opts = { ...defaults };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--out' || arg.startsWith('--out=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (!value) throw new Error(`--out needs a folder\n${USAGE}`);
      opts.out = value;
    } else throw new Error(`unexpected argument "${arg}"\n${USAGE}`);
  }
  return opts;
};

// ---------------------------------------------------------------------------------------------------
// Reading data/
// ---------------------------------------------------------------------------------------------------

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
const DATA_DIR = join(REPO_ROOT, 'data');

/** Reads one CSV with the project's reader and row schema; throws with every problem found. */
const readTable = <S extends z.ZodType>(path: string, key: DatasetKey, schema: S): z.output<S>[] => {
  const docs = datasetColumns(key);
  const columns = Object.keys(docs);
  const file = relative(REPO_ROOT, path);
  const csv = readCsv(readFileSync(path, 'utf8'), file, columns, columns.filter((c) => docs[c]!.required));
  const checked = checkRows(schema, csv.rows, file);
  const issues = [...csv.issues, ...checked.issues];
  if (issues.length > 0) throw new Error(issues.map(formatIssue).join('\n'));
  return checked.rows.map((r) => r.data);
};

const csvFiles = (dir: string): string[] =>
  existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.csv')).sort().map((f) => join(dir, f)) : [];

const readUnits = (dataDir: string): DemoUnit[] =>
  csvFiles(join(dataDir, 'units')).flatMap((path) => {
    const folder = basename(path, '.csv');
    return readTable(path, 'units', unitRow).map((u) => ({ ...u, folder }));
  });

/** The criteria sets of a data folder, each with its criterion numbers (also used by `npm run bench`). */
export const readSets = (dataDir: string): CriteriaSet[] => {
  const criteria = readTable(join(dataDir, 'criteria/criteria.csv'), 'criteria', criterionRow);
  return readTable(join(dataDir, 'criteria/sets.csv'), 'criteriaSets', criteriaSetRow).map((s) => ({
    set: s.set,
    appliesFrom: s.applies_from,
    appliesTo: s.applies_to,
    numbers: criteria.filter((c) => c.set === s.set).map((c) => c.number).sort((a, b) => a - b),
  }));
};

/** Reads units, lineage, criteria sets and recognitions from a data folder. */
export const loadInputs = (dataDir: string): Inputs => ({
  units: readUnits(dataDir),
  lineage: csvFiles(join(dataDir, 'lineage')).flatMap((p) => readTable(p, 'lineage', lineageRow)),
  sets: readSets(dataDir),
  recognitions: csvFiles(join(dataDir, 'recognitions')).flatMap((p) => readTable(p, 'recognitions', recognitionRow)),
});

// ---------------------------------------------------------------------------------------------------
// Writing and printing
// ---------------------------------------------------------------------------------------------------

/** Deletes and rewrites the generated files; refuses before writing anything if one holds other data. */
const writeFiles = (outDir: string, files: ReadonlyMap<string, readonly Cells[]>): void => {
  const foreign = [...files.keys()].filter((p) => existsSync(join(outDir, p)) && !onlyGeneratedRows(readFileSync(join(outDir, p), 'utf8')));
  if (foreign.length > 0) throw new Error(`nothing written; these files hold rows that are not illustrative, edit them by hand:\n${foreign.join('\n')}`);
  for (const [rel, rows] of files) {
    const path = join(outDir, rel);
    rmSync(path, { force: true });
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, toCsv(rows));
    const communes = new Set(rows.map((r) => r['unit'])).size;
    console.log(`  wrote ${relative(process.cwd(), path) || path}  (${rows.length} rows, ${communes} communes)`);
  }
};

/** Generates, checks and writes the demo assessments, then prints the calibration table. */
export const run = (opts: CliOptions): void => {
  const assessments = generate(loadInputs(DATA_DIR));
  const files = filesOf(assessments);
  const problems = rowProblems(files);
  if (problems.length > 0) throw new Error(`nothing written; ${problems.length} invalid row(s):\n${problems.join('\n')}`);
  console.log(`illustrative assessments → ${opts.out}`);
  writeFiles(opts.out, files);
  console.log('calibration (per old province/district and year: communes meeting all criteria / communes, mean criteria met)');
  for (const line of calibrationLines(calibration(assessments, SCOPES), SCOPES)) console.log(line);
};

/** Entry point: parses argv, runs, and turns any error into a message and exit code 1. */
export const main = (argv: readonly string[]): number => {
  try {
    const opts = parseArgs(argv, { out: join(DATA_DIR, 'assessments') });
    run({ out: resolve(opts.out) });
    return 0;
  } catch (e) {
    console.error(`generate-demo-assessments: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
};

if (invokedDirectly(import.meta.url)) process.exitCode = main(process.argv.slice(2));
