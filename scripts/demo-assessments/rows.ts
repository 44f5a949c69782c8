/** The rows of the assessment files: one per criterion of the set, grouped into one file per province folder and year. */
import { addTo } from '../../src/lib/units/unit-graph.ts';
import { assessmentRow } from '../../src/schemas/assessment.ts';
import type { Cells } from './csv.ts';
import type { DemoAssessment } from './generate.ts';

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
    for (const row of assessmentRows(a)) addTo(files, `${a.unit.folder}/${a.year}.csv`, row);
  }
  return new Map([...files].sort(([a], [b]) => a.localeCompare(b)));
};

/** Rows the schema rejects, as "path: row n: message" lines (none expected; a guard before writing). */
export const rowProblems = (files: ReadonlyMap<string, readonly Cells[]>): string[] =>
  [...files].flatMap(([path, rows]) =>
    rows.flatMap((r, i) => {
      const parsed = assessmentRow.safeParse(r);
      return parsed.success ? [] : parsed.error.issues.map((e) => `${path}: row ${i + 2}: ${e.path.join('.')} ${e.message}`);
    }),
  );
