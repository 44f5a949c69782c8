/**
 * CSV text of the derived tables, byte-stable so that re-running the script on the same source
 * changes nothing in git.
 */
import Papa from 'papaparse';

/** CSV text: header, LF newlines, comma, quotes only where needed, final newline, no BOM. */
export const toCsv = <C extends string>(rows: readonly Record<C, string>[], columns: readonly C[]): string =>
  `${Papa.unparse({ fields: [...columns], data: rows.map((r) => columns.map((c) => r[c])) }, { newline: '\n', quotes: false, delimiter: ',' })}\n`;
