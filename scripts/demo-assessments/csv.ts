/**
 * The assessment CSV text the generator writes, and the guard that keeps it from overwriting a file
 * that holds anything but its own illustrative rows.
 */
import Papa from 'papaparse';
import { DATASETS, type ColumnDoc, type DatasetKey } from '../../src/schemas/datasets.ts';

/** Columns of a dataset, in file order, with their documentation, from the dataset registry. */
export const datasetColumns = (key: DatasetKey): Record<string, ColumnDoc> => DATASETS.find((d) => d.key === key)!.columns;

/** Columns of an assessments file, in file order, from the dataset registry. */
export const ASSESSMENT_COLUMNS: readonly string[] = Object.keys(datasetColumns('assessments'));

/** One CSV row, all cells as strings. */
export type Cells = Record<string, string>;

/** CSV text: header, LF newlines, quotes only where needed, final newline, no BOM. */
export const toCsv = (rows: readonly Cells[], columns: readonly string[] = ASSESSMENT_COLUMNS): string =>
  `${Papa.unparse({ fields: [...columns], data: rows.map((r) => columns.map((c) => r[c] ?? '')) }, { newline: '\n', quotes: false, delimiter: ',' })}\n`;

/** True when the CSV text holds only rows this generator writes (illustrative, no source), so it may be replaced. */
export const onlyGeneratedRows = (text: string): boolean => {
  const parsed = Papa.parse<Cells>(text, { header: true, skipEmptyLines: true });
  return parsed.data.every((r) => r['illustrative']?.trim() === '1' && (r['source'] ?? '').trim() === '');
};
