/**
 * Generated programme figures and disbursements (illustrative): per province and year, the counts
 * computed from the generated assessments (communes meeting every criterion, mean criteria met) and
 * recognitions, each citing the generated annual report of that province and year as its source;
 * national totals; a 2026 target per province; disbursement against plan.
 */
import { addTo } from '../../src/lib/units/unit-graph.ts';
import { datasetColumns, toCsv, type Cells } from '../demo-assessments/csv.ts';
import type { DemoUnit } from '../demo-assessments/inputs.ts';
import type { GeneratedDirective } from './directives.ts';
import { rng } from './rng.ts';
import { statsKey, type StatsIndex } from './stats.ts';

const FIGURE_COLUMNS = Object.keys(datasetColumns('figures'));
const DISBURSEMENT_COLUMNS = Object.keys(datasetColumns('disbursements'));
const NOTE = 'Số liệu minh họa (dữ liệu tổng hợp)';

/** Province-years the figures describe: each old province 2021–2024, each current one 2025–2026. */
const provinceYears = (units: readonly DemoUnit[]): { unit: DemoUnit; year: number }[] =>
  units
    .filter((u) => u.level === 'province')
    .sort((a, b) => a.code.localeCompare(b.code) || (a.valid_from ?? '').localeCompare(b.valid_from ?? ''))
    .flatMap((unit) => (unit.valid_to !== undefined ? [2021, 2022, 2023, 2024] : [2025, 2026]).map((year) => ({ unit, year })));

/** Figures and disbursements files (path under data/ → text). */
export const figureFiles = (opts: { units: readonly DemoUnit[]; stats: StatsIndex; directives: readonly GeneratedDirective[]; recognitions: ReadonlyMap<string, number>; seed: number }): Map<string, string> => {
  const reportOf = new Map(opts.directives.filter((d) => d.reports).map((d) => [statsKey(d.reports!.unit, d.reports!.year), d.id]));
  const figures = new Map<string, Cells[]>();
  const disbursements = new Map<string, Cells[]>();
  const national = new Map<number, { communes: number; complete: number }>();
  // Recognised communes (đạt chuẩn) per old province and year, cumulative.
  const byCode = new Map(opts.units.filter((u) => u.valid_to !== undefined).map((u) => [u.code, u]));
  const recognisedBy = new Map<string, number[]>();
  for (const [id, year] of opts.recognitions) {
    let u = byCode.get(id.split(':')[0]!);
    for (let i = 0; u && u.level !== 'province' && i < 3; i++) u = u.parent_code ? byCode.get(u.parent_code) : undefined;
    if (u) addTo(recognisedBy, u.code, year);
  }
  for (const { unit, year } of provinceYears(opts.units)) {
    const s = opts.stats.get(statsKey(unit, year));
    const report = reportOf.get(statsKey(unit, year));
    const base = { scope: unit.code, period: String(year), of: '', target: '', kind: 'reported', source: report ? `van-ban/${report}` : '', note: NOTE, illustrative: '1' };
    const file = `figures/${unit.folder}.csv`;
    if (s) {
      addTo(figures, file, { ...base, indicator: 'xa-dat-du-tieu-chi', value: String(s.complete), of: String(s.communes) });
      addTo(figures, file, { ...base, indicator: 'tieu-chi-binh-quan', value: s.mean.toFixed(1) });
      const n = national.get(year) ?? { communes: 0, complete: 0 };
      national.set(year, { communes: n.communes + s.communes, complete: n.complete + s.complete });
    }
    if (unit.valid_to !== undefined) {
      const recognised = (recognisedBy.get(unit.code) ?? []).filter((y) => y <= year).length;
      addTo(figures, file, { ...base, indicator: 'xa-dat-chuan', value: String(recognised), of: s ? String(s.communes) : '' });
    }
    if (year === 2026 && s) addTo(figures, file, { ...base, indicator: 'xa-dat-chuan', value: '', target: String(s.complete + rng(opts.seed, `target:${unit.code}`).int(1, 8)), kind: 'target', source: '' });
    const r = rng(opts.seed, `disbursement:${unit.code}:${unit.valid_from ?? '-'}:${year}`);
    const plan = r.int(40, 1200) * 1000 + r.int(0, 999) + r.int(0, 9) / 10;
    const share = year === 2026 ? 0.2 + 0.4 * r.float() : 0.55 + 0.43 * r.float();
    addTo(disbursements, `disbursements/${unit.folder}.csv`, {
      scope: unit.code,
      year: String(year),
      programme: year >= 2026 ? 'mtqg-2026-2035' : 'ntm-2021-2025',
      plan: plan.toFixed(1),
      disbursed: (plan * share).toFixed(1),
      source: report ? `van-ban/${report}` : '',
      note: NOTE,
      illustrative: '1',
    });
  }
  for (const [year, n] of [...national].sort(([a], [b]) => a - b)) {
    addTo(figures, 'figures/ca-nuoc.csv', { scope: 'VN', period: String(year), indicator: 'xa-dat-du-tieu-chi', value: String(n.complete), of: String(n.communes), target: '', kind: 'reported', source: '', note: `${NOTE}; tổng các tỉnh trong bộ dữ liệu`, illustrative: '1' });
  }
  const files = new Map<string, string>();
  for (const [path, rows] of [...figures].sort(([a], [b]) => a.localeCompare(b))) files.set(path, toCsv(rows, FIGURE_COLUMNS));
  for (const [path, rows] of [...disbursements].sort(([a], [b]) => a.localeCompare(b))) files.set(path, toCsv(rows, DISBURSEMENT_COLUMNS));
  return files;
};
