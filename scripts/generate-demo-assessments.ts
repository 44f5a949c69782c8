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
 * Pure logic comes first and is unit-tested on fixtures; file I/O is at the bottom.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import type { z } from 'astro/zod';
import { readCsv } from '../src/lib/csv/read-csv.ts';
import { dayBefore, indexUnits, inForce, unitId, type UnitIndex } from '../src/lib/units/unit-index.ts';
import { formatIssue } from '../src/lib/validate/issue.ts';
import { checkRows } from '../src/lib/validate/rows.ts';
import { assessmentRow, recognitionRow, type RecognitionRow } from '../src/schemas/assessment.ts';
import { criteriaSetRow, criterionRow } from '../src/schemas/criteria.ts';
import { DATASETS, type ColumnDoc, type DatasetKey } from '../src/schemas/datasets.ts';
import { lineageRow, unitRow, type LineageRow, type UnitRow } from '../src/schemas/unit.ts';

// ---------------------------------------------------------------------------------------------------
// Inputs
// ---------------------------------------------------------------------------------------------------

/** A unit with the folder (current province, "86-vinh-long") of the units file that lists it. */
export interface DemoUnit extends UnitRow {
  folder: string;
}

/** A criteria set reduced to what the generator needs. */
export interface CriteriaSet {
  set: string;
  appliesFrom: string;
  appliesTo: string;
  /** Criterion numbers, ascending, as listed in data/criteria/criteria.csv. */
  numbers: number[];
}

/** Everything the generator reads from data/. */
export interface Inputs {
  units: DemoUnit[];
  lineage: LineageRow[];
  sets: CriteriaSet[];
  recognitions: RecognitionRow[];
}

// ---------------------------------------------------------------------------------------------------
// Configuration
// ---------------------------------------------------------------------------------------------------

/** How fast the communes of one scope reach the standard. */
export interface Profile {
  /** Share of communes first meeting every criterion in each old year (the first: already complete); the rest never do. */
  complete: Readonly<Record<number, number>>;
  /** Range of the shortfall, as a share of the set's criteria, in the last old year for the rest. */
  shortfall: readonly [number, number];
}

/** An old province or district whose communes are assessed. */
export interface Scope {
  /** Old unit code, resolved on 31/12 of each old year. */
  code: string;
  label: string;
  profile: Profile;
}

/** The demo scopes; the calibration notes in the header say where the shares come from. */
export const SCOPES: readonly Scope[] = [
  // 35 complete in 2021, 42 at the end of 2022 (≈ the 42/85 reported at the start of 2023), 55 in 2024.
  { code: '62', label: 'tỉnh Kon Tum (cũ)', profile: { complete: { 2021: 0.41, 2022: 0.085, 2023: 0.08, 2024: 0.07 }, shortfall: [0.05, 0.42] } },
  { code: '45', label: 'tỉnh Quảng Trị (cũ)', profile: { complete: { 2021: 0.5, 2022: 0.05, 2023: 0.06, 2024: 0.05 }, shortfall: [0.05, 0.37] } },
  { code: '522', label: 'thành phố Quảng Ngãi (cũ)', profile: { complete: { 2021: 0.62, 2022: 0.15, 2023: 0.08, 2024: 0.08 }, shortfall: [0.05, 0.2] } },
  { code: '111', label: 'huyện Tân Uyên (cũ)', profile: { complete: { 2021: 0.34, 2022: 0.11, 2023: 0.11, 2024: 0.11 }, shortfall: [0.05, 0.42] } },
  // 8 complete in 2021 (the 5 recognised among them), 12 by the end of 2022, all 15 by the end of 2023.
  { code: '849', label: 'huyện Trà Cú (cũ)', profile: { complete: { 2021: 0.52, 2022: 0.28, 2023: 0.2 }, shortfall: [0.05, 0.1] } },
];

/** Years assessed against the old units, and against the current ones. */
export interface Years {
  old: readonly number[];
  current: readonly number[];
}

/** The demo years. */
export const YEARS: Years = { old: [2021, 2022, 2023, 2024], current: [2025, 2026] };

/** Relative ease of each criterion by set and number (higher: met earlier); unlisted ones weigh DEFAULT_EASE. */
export const EASE: Readonly<Record<string, Readonly<Record<number, number>>>> = {
  // 1 Quy hoạch, 4 Điện, 8 TT&TT, 19 QP-AN come first; 10 Thu nhập, 11 Nghèo, 13 Tổ chức SX, 17 Môi trường last.
  'qd-318-2022': { 1: 12, 2: 4, 3: 6, 4: 12, 5: 4, 6: 5, 7: 6, 8: 10, 9: 6, 10: 1, 11: 1, 12: 5, 13: 1, 14: 6, 15: 5, 16: 6, 17: 1, 18: 7, 19: 12 },
  // Planning and legal access/security are familiar ground; economy, poverty, digital, environment are the new bar.
  'qd-51-2025': { 1: 10, 2: 3, 3: 1, 4: 3, 5: 4, 6: 1.5, 7: 1.5, 8: 1, 9: 6, 10: 8 },
};

/** Weight of a criterion the EASE table does not list. */
export const DEFAULT_EASE = 4;

// Yearly gain going forwards (0–2 criteria), and the gain in the year a commune completes (1–2).
const GAINS: readonly (readonly [number, number])[] = [[0, 0.3], [1, 0.45], [2, 0.25]];
const COMPLETING_GAINS: readonly (readonly [number, number])[] = [[1, 0.6], [2, 0.4]];
const JITTER: readonly (readonly [number, number])[] = [[-1, 0.25], [0, 0.5], [1, 0.25]];
// 211/QĐ-TTg (01/3/2024) tightened several criteria, so slipping back is likelier in 2024.
const LOSS_CHANCE: Readonly<Record<number, number>> = { 2024: 0.1 };
const DEFAULT_LOSS_CHANCE = 0.03;
// Under a new, stricter set a commune keeps 15 % of it anyway and at most 70 % for its full old share.
const NEW_SET_FLOOR = 0.15;
const NEW_SET_SPAN = 0.55;

// ---------------------------------------------------------------------------------------------------
// Deterministic randomness
// ---------------------------------------------------------------------------------------------------

/** 32-bit FNV-1a hash of a string. */
export const hashString = (s: string): number => {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
};

/** mulberry32: a small seeded PRNG returning floats in [0, 1). */
export const mulberry32 = (seed: number): (() => number) => {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

/** A PRNG seeded by a key such as "29473:-:2022" (unit id and year). */
export const rngFor = (key: string): (() => number) => mulberry32(hashString(key));

/** Picks a value from weighted options with the uniform draw `r`. */
export const pickWeighted = <T>(options: readonly (readonly [T, number])[], r: number): T => {
  const sum = options.reduce((s, [, w]) => s + w, 0);
  let at = r * sum;
  for (const [value, w] of options) {
    if (at < w) return value;
    at -= w;
  }
  return options[options.length - 1]![0];
};

const clamp = (n: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, n));

// ---------------------------------------------------------------------------------------------------
// Criteria sets
// ---------------------------------------------------------------------------------------------------

const yearEnd = (year: number): string => `${year}-12-31`;

/** The set that applies on 31/12 of `year` (how the validator checks it too). */
export const setForYear = (sets: readonly CriteriaSet[], year: number): CriteriaSet => {
  const set = sets.find((s) => s.appliesFrom <= yearEnd(year) && yearEnd(year) <= s.appliesTo);
  if (!set) throw new Error(`no criteria set applies in ${year}`);
  if (set.numbers.length === 0) throw new Error(`criteria set ${set.set} has no criteria`);
  return set;
};

/** The one set applying through all `years`; the backward model needs a constant number of criteria. */
export const singleSet = (sets: readonly CriteriaSet[], years: readonly number[]): CriteriaSet => {
  const found = years.map((y) => setForYear(sets, y));
  if (new Set(found.map((s) => s.set)).size !== 1) throw new Error(`the old years ${years.join(', ')} span more than one criteria set`);
  return found[0]!;
};

/** Criterion numbers ordered as a commune meets them: weighted sampling without replacement (Efraimidis–Spirakis). */
export const criterionOrder = (numbers: readonly number[], ease: Readonly<Record<number, number>>, rng: () => number): number[] =>
  [...numbers]
    .sort((a, b) => a - b)
    .map((n) => ({ n, key: Math.pow(rng(), 1 / (ease[n] ?? DEFAULT_EASE)) }))
    .sort((a, b) => b.key - a.key || a.n - b.n)
    .map((x) => x.n);

/** The criteria a commune meets: the first `count` of its order for the set. */
export const metCriteria = (id: string, set: CriteriaSet, count: number): number[] =>
  criterionOrder(set.numbers, EASE[set.set] ?? {}, rngFor(`${id}:${set.set}:order`))
    .slice(0, count)
    .sort((a, b) => a - b);

// ---------------------------------------------------------------------------------------------------
// Choosing units
// ---------------------------------------------------------------------------------------------------

/** True when `code` is the unit itself or one of its ancestors through `parent_code`, all resolved on `day`. */
export const underScope = (unit: UnitRow, code: string, index: UnitIndex<UnitRow>, day: string): boolean => {
  let u: UnitRow | undefined = unit;
  // Three tiers at most: commune → district → province.
  for (let depth = 0; u && depth < 4; depth++) {
    if (u.code === code) return true;
    u = u.parent_code === undefined ? undefined : index.at(u.parent_code, day);
  }
  return false;
};

/** The rural communes (kind xã) in force on `day` under the scope `code`, by code. */
export const communesInScope = <U extends UnitRow>(units: readonly U[], index: UnitIndex<UnitRow>, code: string, day: string): U[] =>
  units
    .filter((u) => u.kind === 'xã' && inForce(u, day) && underScope(u, code, index, day))
    .sort((a, b) => a.code.localeCompare(b.code));

/** Each old commune of the old years with the scope it is assessed under (first scope wins), by unit id. */
export const oldCommunes = <U extends UnitRow>(units: readonly U[], scopes: readonly Scope[], years: readonly number[]): Map<string, { unit: U; scope: Scope }> => {
  const index = indexUnits(units);
  const found = new Map<string, { unit: U; scope: Scope }>();
  for (const scope of scopes) {
    for (const year of years) {
      for (const unit of communesInScope(units, index, scope.code, yearEnd(year))) {
        if (!found.has(unitId(unit))) found.set(unitId(unit), { unit, scope });
      }
    }
  }
  return found;
};

/** Current xã (in force at the end of `year`) that communes of `olds` went into during it: new id → predecessor ids. */
// Edges into wards, towns or from communes outside `olds` are dropped; keys and lists are sorted.
export const successorCommunes = <U extends UnitRow>(
  units: readonly U[],
  lineage: readonly LineageRow[],
  olds: ReadonlySet<string>,
  year: number,
): Map<string, string[]> => {
  const index = indexUnits(units);
  const preds = new Map<string, Set<string>>();
  for (const edge of lineage) {
    if (edge.date <= yearEnd(year - 1) || edge.date > yearEnd(year)) continue;
    const from = index.at(edge.old_code, dayBefore(edge.date));
    const to = index.at(edge.new_code, edge.date);
    if (!from || !to || !olds.has(unitId(from)) || to.kind !== 'xã' || !inForce(to, yearEnd(year))) continue;
    preds.set(unitId(to), (preds.get(unitId(to)) ?? new Set()).add(unitId(from)));
  }
  return new Map([...preds].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, [...v].sort()]));
};

/** Earliest year each unit was recognised under `set`, by unit id (the unit resolved on the decision date). */
export const recognisedYears = (recognitions: readonly RecognitionRow[], index: UnitIndex<UnitRow>, set: string): Map<string, number> => {
  const years = new Map<string, number>();
  for (const r of recognitions) {
    if (r.set !== set) continue;
    const unit = index.at(r.unit.code, r.unit.at ?? r.decision_date ?? yearEnd(r.year));
    if (!unit) continue;
    const id = unitId(unit);
    years.set(id, Math.min(r.year, years.get(id) ?? Infinity));
  }
  return years;
};

// ---------------------------------------------------------------------------------------------------
// Criteria counts
// ---------------------------------------------------------------------------------------------------

const cumulativeYear = (u: number, profile: Profile, years: readonly number[]): number | undefined => {
  let cum = 0;
  for (const y of years) {
    cum += profile.complete[y] ?? 0;
    if (u < cum) return y;
  }
  return undefined;
};

/** The year each commune first meets every criterion (undefined: not by the last old year). */
// Communes are ranked (recognised ones first, then by a seeded hash) and the rank's quantile picks the
// year from the profile's cumulative shares, so the shares hold exactly rather than only on average.
export const completionYears = (
  ids: readonly string[],
  profile: Profile,
  years: readonly number[],
  pins: ReadonlyMap<string, number>,
): Map<string, number | undefined> => {
  const first = years[0]!;
  const last = years[years.length - 1]!;
  const pinOf = (id: string): number => {
    const p = pins.get(id);
    return p === undefined || p > last ? Infinity : Math.max(p, first);
  };
  const ranked = [...ids].sort((a, b) => pinOf(a) - pinOf(b) || hashString(`${a}:rank`) - hashString(`${b}:rank`) || a.localeCompare(b));
  return new Map(
    ranked.map((id, i) => {
      const year = Math.min(pinOf(id), cumulativeYear((i + 0.5) / ranked.length, profile, years) ?? Infinity);
      return [id, Number.isFinite(year) ? year : undefined];
    }),
  );
};

/** Criteria short of the total in the last old year for a commune that does not complete (at least 1). */
export const shortfall = (id: string, total: number, profile: Profile): number => {
  const [lo, hi] = profile.shortfall;
  return clamp(Math.round(total * (lo + (hi - lo) * rngFor(`${id}:shortfall`)())), 1, total);
};

/** Criteria gained in `year` (negative: lost), drawn with that year's seed. */
export const gainIn = (id: string, year: number, countThen: number, total: number, completing: boolean): number => {
  const rng = rngFor(`${id}:${year}`);
  if (completing) return pickWeighted(COMPLETING_GAINS, rng());
  // A loss is only possible when the year before was not complete either (else it completed earlier).
  if (countThen + 1 < total && rng() < (LOSS_CHANCE[year] ?? DEFAULT_LOSS_CHANCE)) return -1;
  return pickWeighted(GAINS, rng());
};

/** Criteria met per old year (aligned with `years`), drawn backwards from completion or the last year's shortfall. */
export const oldCounts = (id: string, years: readonly number[], total: number, completion: number | undefined, profile: Profile): number[] => {
  const counts = new Array<number>(years.length);
  for (let i = years.length - 1; i >= 0; i--) {
    const year = years[i]!;
    if (completion !== undefined && year >= completion) counts[i] = total;
    else if (i === years.length - 1) counts[i] = total - shortfall(id, total, profile);
    else {
      const next = years[i + 1]!;
      const gain = gainIn(id, next, counts[i + 1]!, total, next === completion);
      counts[i] = clamp(counts[i + 1]! - gain, 0, total - 1);
    }
  }
  return counts;
};

/** A count and the size of the set it was counted against. */
export interface Tally {
  met: number;
  total: number;
}

/** A current commune's count in its first year, from its predecessors' last counts (see the header). */
export const mergedCount = (id: string, year: number, preds: readonly Tally[], total: number): number => {
  if (preds.length > 0 && preds.every((p) => p.met === p.total)) return total;
  const share = preds.reduce((s, p) => s + p.met / p.total, 0) / Math.max(1, preds.length);
  return clamp(Math.round(share * total) + pickWeighted(JITTER, rngFor(`${id}:${year}`)()), 0, total - 1);
};

/** The next year's count: a new, stricter set maps the share met down; the same set gains 0–2. */
export const nextCount = (id: string, year: number, prev: Tally, total: number, newSet: boolean): number => {
  const rng = rngFor(`${id}:${year}`);
  if (!newSet) return clamp(prev.met + pickWeighted(GAINS, rng()), 0, total);
  const share = prev.met / prev.total;
  const base = Math.round(total * (NEW_SET_FLOOR + NEW_SET_SPAN * share));
  return clamp(base + pickWeighted(JITTER, rng()), 0, Math.max(0, total - 1));
};

// ---------------------------------------------------------------------------------------------------
// Generating assessments
// ---------------------------------------------------------------------------------------------------

/** One commune's illustrative assessment for a year. */
export interface DemoAssessment {
  unit: DemoUnit;
  year: number;
  set: CriteriaSet;
  /** Criterion numbers met, ascending. */
  met: number[];
  /** Codes of the scopes the commune is in or descends from (for the calibration print-out). */
  scopes: string[];
}

/** Assessments of the old communes for the old years, in force on each year's end. */
export const oldAssessments = (inputs: Inputs, scopes: readonly Scope[], years: readonly number[]): DemoAssessment[] => {
  const set = singleSet(inputs.sets, years);
  const total = set.numbers.length;
  const pins = recognisedYears(inputs.recognitions, indexUnits(inputs.units), set.set);
  const communes = oldCommunes(inputs.units, scopes, years);
  const out: DemoAssessment[] = [];
  for (const scope of scopes) {
    const ids = [...communes].filter(([, c]) => c.scope === scope).map(([id]) => id);
    for (const [id, completion] of completionYears(ids, scope.profile, years, pins)) {
      const unit = communes.get(id)!.unit;
      const counts = oldCounts(id, years, total, completion, scope.profile);
      years.forEach((year, i) => {
        if (inForce(unit, yearEnd(year))) out.push({ unit, year, set, met: metCriteria(id, set, counts[i]!), scopes: [scope.code] });
      });
    }
  }
  return out;
};

const tallyOf = (a: DemoAssessment): Tally => ({ met: a.met.length, total: a.set.numbers.length });

/** Assessments of the current communes for the current years, derived from the old communes' last year. */
export const currentAssessments = (inputs: Inputs, olds: readonly DemoAssessment[], years: Years): DemoAssessment[] => {
  const lastOld = years.old[years.old.length - 1]!;
  const lastById = new Map(olds.filter((a) => a.year === lastOld).map((a) => [unitId(a.unit), a]));
  const byId = new Map(inputs.units.map((u) => [unitId(u), u]));
  const out: DemoAssessment[] = [];
  const [first, ...rest] = years.current;
  if (first === undefined) return out;
  const firstSet = setForYear(inputs.sets, first);
  for (const [id, predIds] of successorCommunes(inputs.units, inputs.lineage, new Set(lastById.keys()), first)) {
    const preds = predIds.map((p) => lastById.get(p)!);
    const scopes = [...new Set(preds.flatMap((p) => p.scopes))];
    const met = metCriteria(id, firstSet, mergedCount(id, first, preds.map(tallyOf), firstSet.numbers.length));
    let prev: DemoAssessment = { unit: byId.get(id)!, year: first, set: firstSet, met, scopes };
    out.push(prev);
    for (const year of rest) {
      if (!inForce(prev.unit, yearEnd(year))) break;
      const set = setForYear(inputs.sets, year);
      const count = nextCount(id, year, tallyOf(prev), set.numbers.length, set.set !== prev.set.set);
      prev = { ...prev, year, set, met: metCriteria(id, set, count) };
      out.push(prev);
    }
  }
  return out;
};

/** Every illustrative assessment: old communes for the old years, then current communes. */
export const generate = (inputs: Inputs, scopes: readonly Scope[] = SCOPES, years: Years = YEARS): DemoAssessment[] => {
  const olds = oldAssessments(inputs, scopes, years.old);
  return [...olds, ...currentAssessments(inputs, olds, years)];
};

// ---------------------------------------------------------------------------------------------------
// Rows and files
// ---------------------------------------------------------------------------------------------------

const columnsOf = (key: DatasetKey): string[] => Object.keys(DATASETS.find((d) => d.key === key)!.columns);

/** Columns of an assessments file, in file order, from the dataset registry. */
export const ASSESSMENT_COLUMNS: readonly string[] = columnsOf('assessments');

/** One CSV row, all cells as strings. */
export type Cells = Record<string, string>;

/** One row per criterion of the set, marked illustrative, with no source, date, value or note. */
export const assessmentRows = (a: DemoAssessment): Cells[] =>
  a.set.numbers.map((n) => ({
    unit: a.unit.code,
    year: String(a.year),
    as_of: '',
    set: a.set.set,
    criterion: String(n),
    met: a.met.includes(n) ? '1' : '0',
    value: '',
    note: '',
    source: '',
    illustrative: '1',
  }));

/** Rows grouped by file path "<P-slug>/<YYYY>.csv", paths sorted, rows by unit code then criterion. */
export const filesOf = (assessments: readonly DemoAssessment[]): Map<string, Cells[]> => {
  const sorted = [...assessments].sort((a, b) => a.unit.folder.localeCompare(b.unit.folder) || a.year - b.year || a.unit.code.localeCompare(b.unit.code));
  const files = new Map<string, Cells[]>();
  for (const a of sorted) {
    const path = `${a.unit.folder}/${a.year}.csv`;
    files.set(path, [...(files.get(path) ?? []), ...assessmentRows(a)]);
  }
  return new Map([...files].sort(([a], [b]) => a.localeCompare(b)));
};

/** CSV text: header, LF newlines, quotes only where needed, final newline, no BOM. */
export const toCsv = (rows: readonly Cells[], columns: readonly string[] = ASSESSMENT_COLUMNS): string =>
  `${Papa.unparse({ fields: [...columns], data: rows.map((r) => columns.map((c) => r[c] ?? '')) }, { newline: '\n', quotes: false, delimiter: ',' })}\n`;

/** Rows the schema rejects, as "path: row n: message" lines (none expected; a guard before writing). */
export const rowProblems = (files: ReadonlyMap<string, readonly Cells[]>): string[] =>
  [...files].flatMap(([path, rows]) =>
    rows.flatMap((r, i) => {
      const parsed = assessmentRow.safeParse(r);
      return parsed.success ? [] : parsed.error.issues.map((e) => `${path}: row ${i + 2}: ${e.path.join('.')} ${e.message}`);
    }),
  );

// ---------------------------------------------------------------------------------------------------
// Calibration print-out
// ---------------------------------------------------------------------------------------------------

/** Per scope and year: communes assessed, how many meet every criterion, and the mean met. */
export interface Calibration {
  scope: string;
  year: number;
  set: string;
  total: number;
  communes: number;
  complete: number;
  mean: number;
}

/** The calibration table, scopes in configuration order, then by year. */
export const calibration = (assessments: readonly DemoAssessment[], scopes: readonly Scope[]): Calibration[] =>
  scopes.flatMap((scope) => {
    const mine = assessments.filter((a) => a.scopes.includes(scope.code));
    const years = [...new Set(mine.map((a) => a.year))].sort((a, b) => a - b);
    return years.map((year) => {
      const list = mine.filter((a) => a.year === year);
      const total = list[0]!.set.numbers.length;
      const met = list.reduce((s, a) => s + a.met.length, 0);
      return { scope: scope.code, year, set: list[0]!.set.set, total, communes: list.length, complete: list.filter((a) => a.met.length === total).length, mean: met / list.length };
    });
  });

/** One line per scope and year, e.g. "62 tỉnh Kon Tum (cũ)  2022 qd-318-2022  42/85 meet all 19  mean 16.1". */
export const calibrationLines = (rows: readonly Calibration[], scopes: readonly Scope[]): string[] =>
  rows.map((r) => {
    const label = `${r.scope} ${scopes.find((s) => s.code === r.scope)?.label ?? ''}`.padEnd(32);
    return `  ${label} ${r.year} ${r.set.padEnd(12)} ${`${r.complete}/${r.communes}`.padStart(6)} meet all ${String(r.total).padStart(2)}   mean ${r.mean.toFixed(1).padStart(4)}`;
  });

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
// File I/O
// ---------------------------------------------------------------------------------------------------

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
const DATA_DIR = join(REPO_ROOT, 'data');

/** Reads one CSV with the project's reader and row schema; throws with every problem found. */
const readTable = <S extends z.ZodType>(path: string, key: DatasetKey, schema: S): z.output<S>[] => {
  const docs = DATASETS.find((d) => d.key === key)!.columns as Record<string, ColumnDoc>;
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

const readSets = (dataDir: string): CriteriaSet[] => {
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

/** True when the file at `path` holds only rows this script would write (illustrative, no source). */
const ownedFile = (path: string): boolean => {
  const parsed = Papa.parse<Cells>(readFileSync(path, 'utf8'), { header: true, skipEmptyLines: true });
  return parsed.data.every((r) => r['illustrative']?.trim() === '1' && (r['source'] ?? '').trim() === '');
};

/** Deletes and rewrites the generated files; refuses before writing anything if one holds other data. */
const writeFiles = (outDir: string, files: ReadonlyMap<string, readonly Cells[]>): void => {
  const foreign = [...files.keys()].filter((p) => existsSync(join(outDir, p)) && !ownedFile(join(outDir, p)));
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

const invokedDirectly = (): boolean => {
  const script = process.argv[1];
  return script !== undefined && existsSync(script) && realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
};

if (invokedDirectly()) process.exitCode = main(process.argv.slice(2));
