/**
 * An independent reading of data/ for the results and open-data tests: the CSV files parsed with
 * papaparse, units resolved by code and date, each commune's enclosing scopes, and every computed
 * figure recomputed from the rows with its own code (nothing from src/lib/results or src/site), so a
 * page that agrees with it agrees with the data, not with itself.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import Papa from 'papaparse';

export type Row = Record<string, string>;

const DATA = new URL('../../data/', import.meta.url);

/** Rows of a data file (path under data/), cells as written. */
export const csv = (path: string): Row[] => {
  const parsed = Papa.parse<Row>(readFileSync(new URL(path, DATA), 'utf8'), { header: true, skipEmptyLines: true });
  if (parsed.errors.length) throw new Error(`${path}: ${parsed.errors[0]!.message}`);
  return parsed.data;
};

/** Every CSV file under a folder of data/ (recursively), as paths under data/, in path order. */
export const csvFiles = (dir: string): string[] => {
  const walk = (rel: string): string[] =>
    readdirSync(new URL(rel, DATA)).flatMap((name) => {
      const path = `${rel}${name}`;
      return statSync(new URL(path, DATA)).isDirectory() ? walk(`${path}/`) : name.endsWith('.csv') ? [path] : [];
    });
  return walk(`${dir}/`).sort((a, b) => a.localeCompare(b));
};

/** The files of each dataset and the slug of its whole download, as the README describes them. */
export const DATASET_FILES: Record<string, { slug: string; files: string[] }> = {
  units: { slug: 'units', files: csvFiles('units') },
  lineage: { slug: 'lineage', files: csvFiles('lineage') },
  criteriaSets: { slug: 'criteria-sets', files: ['criteria/sets.csv'] },
  criteriaGroups: { slug: 'criteria-groups', files: ['criteria/groups.csv'] },
  criteria: { slug: 'criteria', files: ['criteria/criteria.csv'] },
  levels: { slug: 'levels', files: ['criteria/levels.csv'] },
  assessments: { slug: 'assessments', files: csvFiles('assessments') },
  recognitions: { slug: 'recognitions', files: csvFiles('recognitions') },
  indicators: { slug: 'indicators', files: ['indicators.csv'] },
  programmes: { slug: 'programmes', files: ['programmes.csv'] },
  figures: { slug: 'figures', files: csvFiles('figures') },
  disbursements: { slug: 'disbursements', files: csvFiles('disbursements') },
};

/** A unit row. */
export interface UnitRow extends Row {
  code: string;
  name: string;
  kind: string;
  level: string;
  parent_code: string;
  valid_from: string;
  valid_to: string;
}

export const units = DATASET_FILES.units!.files.flatMap((f) => csv(f)) as UnitRow[];
const lineage = DATASET_FILES.lineage!.files.flatMap((f) => csv(f));
const sets = csv('criteria/sets.csv');
const criteria = csv('criteria/criteria.csv');
const levels = csv('criteria/levels.csv');
export const assessmentRows = DATASET_FILES.assessments!.files.flatMap((f) => csv(f));
export const recognitionRows = DATASET_FILES.recognitions!.files.flatMap((f) => csv(f));
export const figureRows = DATASET_FILES.figures!.files.flatMap((f) => csv(f));
export const disbursementRows = DATASET_FILES.disbursements!.files.flatMap((f) => csv(f));

/** A unit's identity: its code and first day in force ("-" when open-ended), as the site keys scopes. */
export const idOf = (u: UnitRow): string => `${u.code}:${u.valid_from || '-'}`;
const inForce = (u: UnitRow, day: string) => (!u.valid_from || u.valid_from <= day) && (!u.valid_to || day <= u.valid_to);
const byCode = new Map<string, UnitRow[]>();
for (const u of units) byCode.set(u.code, [...(byCode.get(u.code) ?? []), u]);
const byId = new Map(units.map((u) => [idOf(u), u]));
export const unitAt = (code: string, day: string): UnitRow | undefined => byCode.get(code)?.find((u) => inForce(u, day));
export const unitById = (id: string): UnitRow | undefined => byId.get(id);
/** A reference "29489" or "29489@2024-12-31", resolved at its pinned day or `day`. */
export const resolve = (ref: string, day: string): UnitRow | undefined => {
  const [code, at] = ref.split('@');
  return unitAt(code!, at ?? day);
};
const dayAfter = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** The parent in force while the unit was. */
export const parentOf = (u: UnitRow): UnitRow | undefined => (u.parent_code ? unitAt(u.parent_code, u.valid_to || u.valid_from || '9999-12-31') : undefined);

const chains = new Map<UnitRow, string[]>();
/** Keys of the scopes a unit lies in, from the nation down, without the unit itself. */
export const chainOf = (u: UnitRow): string[] => {
  const known = chains.get(u);
  if (known) return known;
  const up: UnitRow[] = [];
  for (let a = parentOf(u); a; a = parentOf(a)) up.unshift(a);
  const root = up[0] ?? u;
  const chain = ['VN'];
  if (root.valid_to) {
    // A former province: the lineage row from it names the current province it went into.
    const edge = lineage.find((l) => l.old_code === root.code && l.date === dayAfter(root.valid_to));
    const current = edge && unitAt(edge.new_code!, edge.date!);
    if (current) chain.push(idOf(current));
  }
  const full = [...chain, ...up.map(idOf)];
  chains.set(u, full);
  return full;
};

/** The criteria set in force on a day. */
export const setOn = (day: string) => sets.find((s) => s.applies_from! <= day && day <= s.applies_to!)?.set;
export const criteriaIn = (set: string) => criteria.filter((c) => c.set === set).length;

/** Bands of criteria met: all N, then 0…N−1 in steps of ceil(N/4), highest first (README, “computed”). */
export const bands = (total: number): [number, number][] => {
  const width = Math.ceil(total / 4);
  const out: [number, number][] = [[total, total]];
  for (let from = Math.floor((total - 1) / width) * width; from >= 0; from -= width) out.push([from, Math.min(from + width - 1, total - 1)]);
  return out;
};

/** What the results page of a scope shows for a year, recomputed. */
export interface Expected {
  communes: number;
  assessed: number;
  complete: number;
  completeNotRecognised: number;
  average?: number;
  /** Communes recognised at each level or higher, by level key, lowest rank first. */
  levels: [string, number][];
  distribution: { from: number; to: number; count: number }[];
  total: number;
  set: string;
}

/** Computed figures of every scope for every year with an assessed commune: scope key → year → figures. */
export const expectedFigures = (): Map<string, Map<number, Expected>> => {
  const years = [...new Set(assessmentRows.map((r) => Number(r.year)))].sort();
  const out = new Map<string, Map<number, Expected>>();
  for (const year of years) {
    const end = `${year}-12-31`;
    const set = setOn(end)!;
    const total = criteriaIn(set);
    // Communes (kind xã) in force at the year's end, and every assessed unit, each with its scopes.
    const members = new Map<string, Set<string>>();
    const add = (u: UnitRow) => {
      for (const key of [...chainOf(u), idOf(u)]) members.set(key, (members.get(key) ?? new Set()).add(idOf(u)));
    };
    for (const u of units) if (u.level === 'commune' && u.kind === 'xã' && inForce(u, end)) add(u);
    const met = new Map<string, Set<string>>();
    for (const r of assessmentRows) {
      if (Number(r.year) !== year || r.set !== set) continue;
      const u = resolve(r.unit!, r.as_of || end)!;
      add(u);
      const m = met.get(idOf(u)) ?? new Set<string>();
      if (r.met === '1') m.add(r.criterion!);
      met.set(idOf(u), m);
    }
    const rankOf = new Map(levels.filter((l) => l.set === set).map((l) => [l.level!, Number(l.rank)]));
    const rank = new Map<string, number>();
    for (const r of recognitionRows) {
      if (r.set !== set || Number(r.year) > year) continue;
      const u = resolve(r.unit!, r.decision_date || `${r.year}-12-31`)!;
      rank.set(idOf(u), Math.max(rank.get(idOf(u)) ?? 0, rankOf.get(r.level!) ?? 0));
    }
    for (const [key, ids] of members) {
      const assessed = [...ids].filter((id) => met.has(id));
      if (!assessed.length || unitById(key)?.level === 'commune') continue;
      const counts = assessed.map((id) => met.get(id)!.size);
      const complete = assessed.filter((id) => met.get(id)!.size === total);
      const byYear = out.get(key) ?? new Map<number, Expected>();
      byYear.set(year, {
        communes: ids.size,
        assessed: assessed.length,
        complete: complete.length,
        completeNotRecognised: complete.filter((id) => !rank.get(id)).length,
        average: counts.reduce((a, b) => a + b, 0) / counts.length,
        levels: [...rankOf].sort((a, b) => a[1] - b[1]).map(([level, r]) => [level, [...ids].filter((id) => (rank.get(id) ?? 0) >= r).length]),
        distribution: bands(total).map(([from, to]) => ({ from, to, count: counts.filter((n) => n >= from && n <= to).length })),
        total,
        set,
      });
      out.set(key, byYear);
    }
  }
  return out;
};

/** The scope key of a figure or disbursement row: VN, or the unit resolved at the period's last day. */
export const scopeKeyOf = (scope: string, day: string): string | undefined => {
  if (scope === 'VN') return 'VN';
  const u = resolve(scope, day);
  return u && idOf(u);
};

/** The last day of a period written YYYY, YYYY-MM or YYYY-MM-DD. */
export const periodEnd = (period: string): string => {
  const [y, m, d] = period.split('-').map(Number);
  if (d) return period;
  if (m) return new Date(Date.UTC(y!, m, 0)).toISOString().slice(0, 10);
  return `${y}-12-31`;
};

/** Parses a number written the Vietnamese way ("25.608,6", "−2,5", "43,6%"). */
export const viNumber = (text: string): number => Number(text.replace(/[^\d,.\u2212+-]/g, '').replace(/\./g, '').replace(',', '.').replace('\u2212', '-'));
