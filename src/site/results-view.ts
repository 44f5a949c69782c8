/**
 * What one results page shows, for a scope and a year, gathered from the results model: the computed
 * figures, the reported ones with their computed counterparts, the units within the scope, the year
 * series, the targets and the disbursements. Components render this; they do no arithmetic.
 */
import { unitId } from '../lib/units/unit-index.ts';
import { highestLevel } from '../lib/units/unit-summary.ts';
import { scoreAssessment } from '../lib/criteria/score.ts';
import { COMPUTABLE_INDICATORS, pairReported, type Pairing } from '../lib/results/counterpart.ts';
import { recognisedCount, type ScopeFigures } from '../lib/results/scope-figures.ts';
import { targetProgress, type TargetProgress } from '../lib/results/targets.ts';
import { formatNumber } from '../lib/format/number.ts';
import { formatQuantity } from '../lib/format/quantity.ts';
import { endOfDate, type Portal, type Unit } from './portal.ts';
import { NATION_KEY, NATIONAL_PROVINCES, periodYear, type Disbursement, type Figure, type ResultScope, type ResultsModel } from './results.ts';

/** A reported figure with its computed counterpart, when the portal computes that indicator. */
export interface Comparison {
  figure: Figure;
  pairing?: Pairing;
}

/** A unit within the scope, as a row of the comparison table. */
export type ChildRow =
  | { kind: 'aggregate'; unit: Unit; scope?: ResultScope; figures?: ScopeFigures }
  | { kind: 'commune'; unit: Unit; met?: number; total: number; complete: boolean; level?: string; illustrative: boolean };

/** A target row with its actual, keyed for display. */
export type TargetRow = TargetProgress<Omit<Figure, 'scope'> & { scope: string }>;

/** Everything a results page shows. */
export interface ResultsView {
  scope: ResultScope;
  /** The year shown; undefined for a scope with only targets. */
  year?: number;
  /** The latest year of the scope (the one its root page shows). */
  latestYear?: number;
  figures?: ScopeFigures;
  /** Name of the criteria set of the computed figures. */
  setName?: string;
  reported: Figure[];
  comparisons: Comparison[];
  children: ChildRow[];
  series: ScopeFigures[];
  targets: TargetRow[];
  disbursements: Disbursement[];
  parent?: ResultScope;
  current?: ResultScope;
  /** Scopes one level down that have pages. */
  subScopes: ResultScope[];
  /** Years with reported figures, for the "other years" line. */
  reportedYears: number[];
  /** False when computed figures do not cover the whole scope (the nation, while provinces are missing): no pairing then. */
  comparable: boolean;
  /** Current provinces in the data. */
  coveredProvinces: number;
  /** The rows behind the computed figures of the year. */
  rowsUsed: { assessments: number; communes: number; recognitions: number };
}

const byPeriodDesc = (a: Figure, b: Figure) => endOfDate(b.period).localeCompare(endOfDate(a.period));

/** Gathers the view of `key` for `year` (or the scope's latest year). */
export const resultsView = (r: ResultsModel, p: Portal, key: string, year?: number): ResultsView => {
  const scope = r.scopes.get(key);
  if (!scope) throw new Error(`no results scope ${key}`);
  const latestYear = scope.years.at(-1);
  const shown = year ?? latestYear;
  const figures = shown === undefined ? undefined : r.figuresOf(key, shown);
  const series = r.seriesOf(key);
  const reportedAll = scope.figures.filter((f) => f.kind === 'reported' && f.value !== undefined);
  const reported = reportedAll.filter((f) => periodYear(f.period) === shown).sort(byPeriodDesc);
  const coveredProvinces = r.coveredProvinces;
  // Units are derived whole, province by province; only the nation can be partly covered.
  const comparable = key !== NATION_KEY || coveredProvinces >= NATIONAL_PROVINCES;
  const comparisons = reported
    .filter((f) => comparable && COMPUTABLE_INDICATORS.includes(f.indicator))
    .map((figure) => ({ figure, pairing: pairReported(figure, series, r.setAt(endOfDate(figure.period))) }));

  const children: ChildRow[] =
    shown === undefined
      ? []
      : r.childrenOf(key, shown).flatMap((g): ChildRow[] => {
          if (g.unit.level === 'commune') {
            const e = g.communes[0]!;
            const set = figures?.set;
            const criteria = p.criteria.filter((c) => c.set === set);
            const score = e.assessment && scoreAssessment(e.assessment, criteria);
            const recognised = (p.recognitionsByUnit.get(unitId(g.unit)) ?? []).filter((x) => x.set === set && x.year <= shown);
            const level = highestLevel(recognised, p.levels);
            // Units without an assessment that year are listed only when they are communes of the scope.
            return [{ kind: 'commune', unit: g.unit, met: score?.met, total: criteria.length, complete: !!score?.complete, level: level?.info?.name, illustrative: !!e.assessment?.illustrative }];
          }
          const f = r.figuresOf(g.key, shown);
          return f ? [{ kind: 'aggregate', unit: g.unit, scope: r.scopes.get(g.key), figures: f }] : [];
        });

  const keyed = scope.figures.map((f) => ({ ...f, scope: key }));
  const entries = shown === undefined ? [] : r.entriesOf(key, shown);
  const assessed = entries.filter((e) => e.assessment);
  const rowsUsed = {
    assessments: assessed.reduce((n, e) => n + e.assessment!.results.length, 0),
    communes: assessed.length,
    recognitions: figures ? entries.reduce((n, e) => n + (p.recognitionsByUnit.get(unitId(e.unit)) ?? []).filter((x) => x.set === figures.set && x.year <= figures.year).length, 0) : 0,
  };
  return {
    scope,
    year: shown,
    latestYear,
    figures,
    setName: figures && p.criteriaSets.find((s) => s.set === figures.set)?.name,
    reported,
    comparisons,
    children,
    series,
    targets: targetProgress(keyed, r.setStart),
    disbursements: [...scope.disbursements].sort((a, b) => a.year - b.year),
    parent: scope.parent ? r.scopes.get(scope.parent) : undefined,
    current: scope.current ? r.scopes.get(scope.current) : undefined,
    subScopes: r.ordered.filter((s) => s.parent === key),
    rowsUsed,
    comparable,
    coveredProvinces,
    reportedYears: [...new Set(reportedAll.map((f) => periodYear(f.period)).filter((y): y is number => y !== undefined))].sort((a, b) => a - b),
  };
};

/** Share in percent, or undefined without a base. */
export const percent = (part: number, whole: number): number | undefined => (whole > 0 ? (100 * part) / whole : undefined);

/** Recognised communes as a share of all communes, in percent. */
export const recognisedShare = (f: ScopeFigures): number | undefined => percent(recognisedCount(f), f.communes);

/** True when the scope is the nation. */
export const isNation = (s: ResultScope): boolean => s.key === NATION_KEY;

/** A reported value as shown: "42/85 xã", "79,3%", "16 tiêu chí". */
export const reportedText = (value: number, unit: string, of?: number): string =>
  of !== undefined ? `${formatNumber(value)}/${formatQuantity(of, unit)}` : formatQuantity(value, unit);
