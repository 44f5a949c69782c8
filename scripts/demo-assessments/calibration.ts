/** The calibration print-out: per scope and year, how many communes meet every criterion and the mean met. */
import type { DemoAssessment } from './generate.ts';
import type { Scope } from './scopes.ts';

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
