/**
 * Illustrative assessments (2021–2026) and recognition decisions for every commune of a generated
 * dataset. The model is the demo's (scripts/demo-assessments/: counts drawn per commune, criteria
 * from data/criteria, 19 criteria until 2025 and 10 from 2026, current communes following from the
 * communes merged into them); only the scopes differ: here every old province is a scope, with a
 * profile drawn from the seed. Recognitions follow from the assessments: a commune is recognised
 * "đạt chuẩn" for the first year it meets every criterion, some later "nâng cao".
 */
import { addTo } from '../../src/lib/units/unit-graph.ts';
import { unitId } from '../../src/lib/units/unit-index.ts';
import { toCsv, datasetColumns, type Cells } from '../demo-assessments/csv.ts';
import { generate, type DemoAssessment } from '../demo-assessments/generate.ts';
import type { CriteriaSet, DemoUnit } from '../demo-assessments/inputs.ts';
import { filesOf } from '../demo-assessments/rows.ts';
import type { Scope } from '../demo-assessments/scopes.ts';
import { YEARS } from '../demo-assessments/years.ts';
import type { LineageRow } from '../../src/schemas/unit.ts';
import { rng } from './rng.ts';

/** Recognition rows by file path (recognitions/<folder>.csv). */
export interface DatasetAssessments {
  assessments: DemoAssessment[];
  /** Year each old commune first met every criterion, by unit id. */
  completed: Map<string, number>;
  files: Map<string, string>;
}

/** Every old province of the dataset as a scope, with a seeded profile (shares are illustrative). */
export const provinceScopes = (units: readonly DemoUnit[], seed: number): Scope[] =>
  units
    .filter((u) => u.level === 'province' && u.valid_to !== undefined)
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((u) => {
      const r = rng(seed, `scope:${u.code}`);
      const later = () => 0.03 + 0.09 * r.float();
      return {
        code: u.code,
        label: `${u.kind} ${u.name} (cũ)`,
        profile: {
          complete: { 2021: 0.25 + 0.4 * r.float(), 2022: later(), 2023: later(), 2024: later() },
          shortfall: [0.05, 0.2 + 0.25 * r.float()] as const,
        },
      };
    });

const RECOGNITION_COLUMNS = Object.keys(datasetColumns('recognitions'));

// The province an old commune belonged to, walking parent_code (commune → district → province).
const oldProvinceOf = (u: DemoUnit, byCode: Map<string, DemoUnit>): DemoUnit | undefined => {
  let p: DemoUnit | undefined = u;
  for (let i = 0; p && p.level !== 'province' && i < 3; i++) p = p.parent_code ? byCode.get(p.parent_code) : undefined;
  return p?.level === 'province' ? p : undefined;
};

const issuerOf = (p: DemoUnit | undefined): string => (p ? `UBND ${p.kind} ${p.name}` : '');

/** Recognition rows: đạt chuẩn for the first complete old year, nâng cao two or more years later for some. */
export const recognitionRows = (assessments: readonly DemoAssessment[], units: readonly DemoUnit[], seed: number): { rows: Map<string, Cells[]>; completed: Map<string, number> } => {
  const oldUnits = new Map(units.filter((u) => u.valid_to !== undefined).map((u) => [u.code, u]));
  const completed = new Map<string, number>();
  const unitOf = new Map<string, DemoUnit>();
  for (const a of assessments) {
    if (a.unit.valid_to === undefined || a.met.length !== a.set.numbers.length) continue;
    const id = unitId(a.unit);
    if (!completed.has(id) || completed.get(id)! > a.year) completed.set(id, a.year);
    unitOf.set(id, a.unit);
  }
  const rows = new Map<string, Cells[]>();
  const serials = new Map<string, number>();
  const decision = (province: string, year: number, r: ReturnType<typeof rng>): { decision: string; date: string } => {
    const key = `${province}:${year}`;
    const n = (serials.get(key) ?? r.int(1800, 2600)) + r.int(1, 40);
    serials.set(key, n);
    return { decision: `${n}/QĐ-UBND`, date: `${year}-12-${String(r.int(10, 28)).padStart(2, '0')}` };
  };
  for (const [id, year] of [...completed].sort(([a], [b]) => a.localeCompare(b))) {
    const u = unitOf.get(id)!;
    const province = oldProvinceOf(u, oldUnits);
    const r = rng(seed, `recognition:${id}`);
    const row = (level: string, y: number): Cells => {
      const d = decision(province?.code ?? '', y, r);
      return { unit: u.code, set: 'qd-318-2022', level, year: String(y), decision: d.decision, decision_date: d.date, issuer: issuerOf(province), source: '', illustrative: '1', note: 'Quyết định minh họa (dữ liệu tổng hợp)' };
    };
    addTo(rows, `recognitions/${u.folder}.csv`, row('dat-chuan', year));
    if (year <= 2022 && r.chance(0.3)) addTo(rows, `recognitions/${u.folder}.csv`, row('nang-cao', 2024));
  }
  return { rows, completed };
};

/** Assessments and recognitions of every commune, as files under data/. */
export const datasetAssessments = (units: readonly DemoUnit[], lineage: readonly LineageRow[], sets: readonly CriteriaSet[], seed: number): DatasetAssessments => {
  const assessments = generate({ units: [...units], lineage: [...lineage], sets: [...sets], recognitions: [] }, provinceScopes(units, seed), YEARS);
  const files = new Map<string, string>();
  for (const [path, rows] of filesOf(assessments)) files.set(`assessments/${path}`, toCsv(rows));
  const { rows, completed } = recognitionRows(assessments, units, seed);
  for (const [path, list] of [...rows].sort(([a], [b]) => a.localeCompare(b))) files.set(path, toCsv(list, RECOGNITION_COLUMNS));
  return { assessments, completed, files };
};
