/**
 * The data files' rows with their cells exactly as written (no parsing into numbers, dates or unit
 * references), found by file and line: the provenance every loaded row carries. Downloads are built
 * from these, so a downloaded row is the row in the repository, character for character.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCsv } from '../lib/csv/read-csv.ts';
import { dataRoot } from '../loaders/data-root.ts';
import { DATASETS, datasetForPath, type DatasetKey } from '../schemas/datasets.ts';

/** Cells by column name: every column of the dataset, blank when the file leaves an optional one out. */
export type RawRow = Record<string, string>;

const files = new Map<string, Map<number, RawRow>>();

/** Every row of a data file ("data/…"), by the line it starts on, in file order. */
export const rawRowsOf = (file: string): Map<number, RawRow> => {
  let rows = files.get(file);
  if (!rows) {
    const rel = file.replace(/^data\//, '');
    const dataset = datasetForPath(rel);
    if (!dataset) throw new Error(`not a data file: ${file}`);
    const columns = Object.keys(dataset.columns);
    rows = new Map(readCsv(readFileSync(join(dataRoot(process.cwd()), file), 'utf8'), file, columns).rows.map((r) => [r.line, r.cells]));
    files.set(file, rows);
  }
  return rows;
};

/** The row of `file` starting on `line`. */
export const rawRow = (file: string, line: number): RawRow => {
  const row = rawRowsOf(file).get(line);
  if (!row) throw new Error(`no row at ${file}:${line}`);
  return row;
};

/** The columns of a dataset, in file order. */
export const datasetColumns = (key: DatasetKey): string[] => Object.keys(DATASETS.find((d) => d.key === key)!.columns);

/** A location of a row. */
export interface RowRef {
  file: string;
  line: number;
}

/** Rows by location, sorted by file then line (the order of the repository), without repeats. */
export const rowsAt = (refs: Iterable<RowRef>): RawRow[] => {
  const unique = new Map<string, RowRef>();
  for (const r of refs) unique.set(`${r.file}:${r.line}`, r);
  return [...unique.values()].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line).map((r) => rawRow(r.file, r.line));
};
