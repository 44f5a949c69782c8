/**
 * Rows as published: CSV (UTF-8 without BOM, comma-separated, LF line endings, a header row, quotes
 * only where a cell needs them) and JSON (an array of objects, one per line, every cell a string as
 * written). Cells are never altered: no formula escaping, no trimming, leading zeros kept.
 */
import Papa from 'papaparse';

/** A row: cells by column name. */
export type Cells = Record<string, string>;

/** `rows` as CSV with exactly `columns`, in that order; a missing cell is blank. */
export const toCsv = (columns: readonly string[], rows: readonly Cells[]): string =>
  // escapeFormulae stays off: it would put a quote before cells starting with =, +, - or @.
  `${Papa.unparse({ fields: [...columns], data: rows.map((r) => columns.map((c) => r[c] ?? '')) }, { newline: '\n' })}\n`;

/** `rows` as a JSON array of objects with exactly `columns`. */
export const toJson = (columns: readonly string[], rows: readonly Cells[]): string =>
  `[\n${rows.map((r) => JSON.stringify(Object.fromEntries(columns.map((c) => [c, r[c] ?? ''])))).join(',\n')}\n]\n`;
