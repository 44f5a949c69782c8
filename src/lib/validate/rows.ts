/** Checks CSV rows against a dataset's row schema and turns Zod issues into located data issues. */
import type { z } from 'astro/zod';
import type { CsvRow } from '../csv/read-csv.ts';
import type { DataIssue } from './issue.ts';

/** A row that passed its schema, with where it came from. */
export interface Located<T> {
  file: string;
  line: number;
  /** The cells as written, for uniqueness checks and open-data downloads. */
  raw: Record<string, string>;
  data: T;
}

/** Parses every row; good rows are returned, each bad cell becomes one issue. */
export const checkRows = <S extends z.ZodType>(
  schema: S,
  rows: readonly CsvRow[],
  file: string,
): { rows: Located<z.output<S>>[]; issues: DataIssue[] } => {
  const good: Located<z.output<S>>[] = [];
  const issues: DataIssue[] = [];
  for (const row of rows) {
    const r = schema.safeParse(row.cells);
    if (r.success) {
      good.push({ file, line: row.line, raw: row.cells, data: r.data });
      continue;
    }
    for (const zi of r.error.issues) {
      const column = zi.path.length ? String(zi.path[0]) : undefined;
      issues.push({
        file,
        line: row.line,
        column,
        value: column !== undefined ? (row.cells[column] ?? '').trim() : undefined,
        message: zi.message,
      });
    }
  }
  return { rows: good, issues };
};
