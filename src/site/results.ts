/**
 * The results model, built once per build from the portal: every scope with results pages (the
 * nation; current and former provinces; former districts; any other unit a figure is reported for),
 * the years each has, the computed figures of each scope and year, and the reported figures, targets
 * and disbursements recorded against it. Pages and downloads take what they need from here.
 *
 * A commune counts towards every unit it lay in at the time (its district and province before
 * 1/7/2025), towards the current province it lies in or went into, and towards the nation. So a
 * current province's results before the reform add up its former communes under today's borders.
 */
import { t } from '../i18n/vi.ts';
import { NATION } from '../schemas/refs.ts';
import type { Assessment } from '../lib/criteria/group-assessments.ts';
import { inForce, unitId } from '../lib/units/unit-index.ts';
import { addTo } from '../lib/units/unit-graph.ts';
import { unitFullName, unitPath } from '../lib/units/unit-path.ts';
import { parsePartialDate } from '../lib/dates/partial-date.ts';
import { scopeFigures, type RecognitionLike, type ScopeFigures } from '../lib/results/scope-figures.ts';
import { endOfDate, portal, type Portal, type Unit } from './portal.ts';

/** The key of the nation scope. */
export const NATION_KEY = 'VN';
/** Provinces and centrally-run cities since 1/7/2025 (Nghị quyết 202/2025/QH15): national figures need them all. */
export const NATIONAL_PROVINCES = 34;

/** A figure row as loaded (reported or target). */
export type Figure = Portal['figures'][number];
/** A disbursement row as loaded. */
export type Disbursement = Portal['disbursements'][number];

/** A scope with results pages. */
export interface ResultScope {
  /** NATION_KEY or the unit's id. */
  key: string;
  unit?: Unit;
  /** "Cả nước", "Tỉnh Kon Tum (cũ)". */
  name: string;
  /** The name with the enclosing unit, for lists: "Huyện Trà Cú (cũ), tỉnh Trà Vinh". */
  label: string;
  /** Path segment(s) under /ket-qua/ ('' for the nation), as the unit's page under /dia-phuong/. */
  slug: string;
  /** Key of the enclosing scope, when it has pages. */
  parent?: string;
  /** For a unit that ceased: the key of the current province it went into. */
  current?: string;
  /** Years with computed figures (some commune assessed), ascending. */
  computedYears: number[];
  /** Years with anything to show (computed figures, reports or disbursements), ascending. */
  years: number[];
  /** Reported figures and targets recorded against the scope, in file order. */
  figures: Figure[];
  disbursements: Disbursement[];
}

/** A commune of a scope in a year, with its assessment against the year's set (if any). */
export interface CommuneEntry {
  unit: Unit;
  assessment?: Assessment;
}

/** Everything built for the results pages. */
export interface ResultsModel {
  scopes: Map<string, ResultScope>;
  /** Scopes in display order: the nation, current provinces, then former provinces and districts. */
  ordered: ResultScope[];
  /** The criteria set in force on a day. */
  setAt(day: string): string | undefined;
  /** The first day of the criteria set in force on a day. */
  setStart(day: string): string | undefined;
  /** Computed figures of a scope for a year (undefined when no commune was assessed). */
  figuresOf(key: string, year: number): ScopeFigures | undefined;
  /** Computed figures of a scope for every computed year. */
  seriesOf(key: string): ScopeFigures[];
  /** The communes a scope holds in a year, with their assessment against the year's set. */
  entriesOf(key: string, year: number): CommuneEntry[];
  /** The communes a scope holds in a year, grouped by the next scope down (or the commune itself). */
  childrenOf(key: string, year: number): { key: string; unit: Unit; communes: CommuneEntry[] }[];
  /** Every unit lying in a scope (itself, the units below it, and for a current province the former ones that went into it). */
  unitsOf(key: string): Unit[];
  /** Scope key of a figure or disbursement row. */
  scopeKeyOf(scope: Figure['scope'], day: string): string | undefined;
  /** Current provinces in the data (the nation's coverage). */
  coveredProvinces: number;
}

const yearEnd = (year: number) => `${year}-12-31`;
/** The year a figure's period falls in. */
export const periodYear = (period: string): number | undefined => parsePartialDate(period)?.year ?? undefined;

const build = (p: Portal): ResultsModel => {
  const sets = [...p.criteriaSets].sort((a, b) => a.applies_from.localeCompare(b.applies_from));
  const setRow = (day: string) => sets.find((s) => s.applies_from <= day && day <= s.applies_to);
  const unitById = (id: string) => p.unitIndex.byId(id);

  // The keys of the scopes a unit lies in, nation first, nearest last (the unit itself excluded).
  const chains = new Map<string, string[]>();
  const chainOf = (u: Unit): string[] => {
    const id = unitId(u);
    let chain = chains.get(id);
    if (!chain) {
      const up: Unit[] = [];
      for (let a = p.parentOf(u), n = 0; a && n < 3; a = p.parentOf(a), n++) up.unshift(a);
      const root = up[0] ?? u;
      const current = p.provinceOf.get(unitId(root));
      chain = [NATION_KEY];
      if (current && current !== unitId(root)) chain.push(current);
      chain.push(...up.map(unitId));
      chains.set(id, chain);
    }
    return chain;
  };

  const recognitionsOf = (id: string): RecognitionLike[] =>
    (p.recognitionsByUnit.get(id) ?? []).map((r) => ({ unit: id, set: r.set, level: r.level, year: r.year, illustrative: r.illustrative }));

  // Per year: the communes (and other assessed units) of each scope, with their assessment.
  const years = [...new Set([...p.assessmentsByUnit.values()].flat().map((a) => a.year))].sort((a, b) => a - b);
  const members = new Map<number, Map<string, Map<string, CommuneEntry>>>();
  const communeUnits = p.units.filter((u) => u.level === 'commune');
  for (const year of years) {
    const set = setRow(yearEnd(year))?.set;
    if (!set) continue;
    const byScope = new Map<string, Map<string, CommuneEntry>>();
    const add = (u: Unit, assessment?: Assessment) => {
      const id = unitId(u);
      for (const key of [...chainOf(u), id]) {
        let m = byScope.get(key);
        if (!m) byScope.set(key, (m = new Map()));
        const entry = m.get(id) ?? { unit: u };
        if (assessment) entry.assessment = assessment;
        m.set(id, entry);
      }
    };
    // Only communes (kind xã) are assessed against the rural criteria; wards and towns are not counted.
    for (const u of communeUnits) if (u.kind === 'xã' && inForce(u, yearEnd(year))) add(u);
    for (const [id, list] of p.assessmentsByUnit) {
      const a = list.find((x) => x.year === year && x.set === set);
      const u = a && unitById(id);
      if (a && u) add(u, a);
    }
    members.set(year, byScope);
  }

  const computed = new Map<string, ScopeFigures | undefined>();
  const figuresOf = (key: string, year: number): ScopeFigures | undefined => {
    const k = `${key}|${year}`;
    if (!computed.has(k)) {
      const entries = [...(members.get(year)?.get(key)?.values() ?? [])];
      const set = setRow(yearEnd(year))?.set;
      const assessments = entries.flatMap((e) => (e.assessment ? [e.assessment] : []));
      computed.set(
        k,
        set && assessments.length
          ? scopeFigures({
              year,
              set,
              communes: entries.map((e) => unitId(e.unit)),
              assessments,
              recognitions: entries.flatMap((e) => recognitionsOf(unitId(e.unit))),
              criteria: p.criteria,
              levels: p.levels,
            })
          : undefined,
      );
    }
    return computed.get(k);
  };

  const scopeKeyOf = (scope: Figure['scope'], day: string): string | undefined => {
    if (scope === NATION) return NATION_KEY;
    const u = p.unitIndex.at(scope.code, scope.at ?? day);
    return u && unitId(u);
  };

  // Scopes: every unit above a commune that held an assessed commune in some year, and every unit with figures.
  const keys = new Set<string>([NATION_KEY]);
  for (const byScope of members.values()) for (const [key, m] of byScope) if ([...m.values()].some((e) => e.assessment) && unitById(key)?.level !== 'commune') keys.add(key);
  const figuresByKey = new Map<string, Figure[]>();
  for (const f of p.figures) {
    const key = scopeKeyOf(f.scope, endOfDate(f.period));
    if (key) addTo(figuresByKey, key, f);
  }
  const disbursementsByKey = new Map<string, Disbursement[]>();
  for (const d of p.disbursements) {
    const key = scopeKeyOf(d.scope, yearEnd(d.year));
    if (key) addTo(disbursementsByKey, key, d);
  }
  for (const k of [...figuresByKey.keys(), ...disbursementsByKey.keys()]) keys.add(k);

  const scopes = new Map<string, ResultScope>();
  for (const key of keys) {
    const unit = key === NATION_KEY ? undefined : unitById(key);
    if (key !== NATION_KEY && !unit) continue;
    const computedYears = years.filter((y) => figuresOf(key, y));
    const figures = figuresByKey.get(key) ?? [];
    const disbursements = disbursementsByKey.get(key) ?? [];
    const reportedYears = figures.filter((f) => f.kind === 'reported').map((f) => periodYear(f.period));
    const allYears = new Set<number>([...computedYears, ...disbursements.map((d) => d.year), ...reportedYears.filter((y): y is number => y !== undefined)]);
    const name = unit ? `${unitFullName(unit)}${unit.valid_to ? ` (${t('unit.former')})` : ''}` : t('results.nation');
    const parentUnit = unit && p.parentOf(unit);
    scopes.set(key, {
      key,
      unit,
      name,
      label: parentUnit ? `${name}, ${parentUnit.kind} ${parentUnit.name}` : name,
      slug: unit ? unitPath(unit).slice('/dia-phuong/'.length, -1) : '',
      // A former province sits under the current province it went into; a current one under the nation.
      parent: unit ? (parentUnit ? unitId(parentUnit) : unit.valid_to ? p.provinceOf.get(unitId(unit)) : NATION_KEY) : undefined,
      current: unit?.valid_to ? p.provinceOf.get(unitId(unit)) : undefined,
      computedYears,
      years: [...allYears].sort((a, b) => a - b),
      figures,
      disbursements,
    });
  }
  // A parent without pages is no link target.
  for (const s of scopes.values()) {
    if (s.parent && !scopes.has(s.parent)) s.parent = undefined;
    if (s.current && !scopes.has(s.current)) s.current = undefined;
  }

  const rank = (s: ResultScope) => (!s.unit ? 0 : !s.unit.valid_to && s.unit.level === 'province' ? 1 : s.unit.level === 'province' ? 2 : s.unit.level === 'district' ? 3 : 4);
  // Former units sort under the current province they went into, then by name.
  const ordered = [...scopes.values()].sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name, 'vi'));

  const allUnitsOf = new Map<string, Unit[]>();
  for (const u of p.units) for (const key of [...chainOf(u), unitId(u)]) addTo(allUnitsOf, key, u);

  return {
    scopes,
    ordered,
    setAt: (day) => setRow(day)?.set,
    setStart: (day) => setRow(day)?.applies_from,
    figuresOf,
    entriesOf: (key, year) => [...(members.get(year)?.get(key)?.values() ?? [])],
    seriesOf: (key) => (scopes.get(key)?.computedYears ?? []).map((y) => figuresOf(key, y)!),
    childrenOf: (key, year) => {
      const groups = new Map<string, CommuneEntry[]>();
      for (const e of members.get(year)?.get(key)?.values() ?? []) {
        const chain = [...chainOf(e.unit), unitId(e.unit)];
        const next = chain[chain.indexOf(key) + 1];
        if (next) addTo(groups, next, e);
      }
      return [...groups].map(([k, communes]) => ({ key: k, unit: unitById(k)!, communes })).sort((a, b) => a.unit.name.localeCompare(b.unit.name, 'vi'));
    },
    unitsOf: (key) => allUnitsOf.get(key) ?? [],
    scopeKeyOf,
    coveredProvinces: p.units.filter((u) => u.level === 'province' && !u.valid_to).length,
  };
};

let cache: Promise<ResultsModel> | undefined;
/** The results model, built on first use and shared by every page of the build. */
export const results = (): Promise<ResultsModel> => (cache ??= portal().then(build));
