/**
 * The rows a commit removed from and added to one CSV file, read with the file's header as it was
 * before the commit (removed lines) and after it (added lines). Line 1 is the header: a hunk that
 * rewrites it changes the columns for later commits, and is not a row.
 */
import type { FileDiff } from './git-log.ts';
import { cellsByColumn, headerColumns } from './csv-line.ts';

/** Cells of one row by column name, blanks left out. */
export type Cells = Record<string, string>;

export interface CsvDiff {
  /** The columns after the commit (undefined when the file was deleted or its header is unknown). */
  header: string[] | undefined;
  removed: Cells[];
  added: Cells[];
  /** Lines that could not be read as a row on their own (no known header, or a record spanning lines). */
  unreadable: number;
}

/** Reads `diff` given the columns the file had before it (undefined for a new file). */
export function csvDiff(diff: FileDiff, before: string[] | undefined): CsvDiff {
  let after = diff.status === 'deleted' ? undefined : before;
  for (const h of diff.hunks) if (h.newStart <= 1 && h.newCount > 0) after = headerColumns(h.added[0]!);
  const out: CsvDiff = { header: after, removed: [], added: [], unreadable: 0 };
  const read = (header: string[] | undefined, line: string, into: Cells[]) => {
    if (line.trim() === '') return; // a blank line is no row
    const cells = header && cellsByColumn(header, line);
    if (cells) into.push(cells);
    else out.unreadable++;
  };
  for (const h of diff.hunks) {
    h.removed.forEach((line, i) => h.oldStart + i !== 1 && read(before, line, out.removed));
    h.added.forEach((line, i) => h.newStart + i !== 1 && read(after, line, out.added));
  }
  return out;
}

/** A row's key: the values of the dataset's unique columns, or undefined when they are all blank. */
export const rowKey = (unique: readonly string[], cells: Cells): string | undefined => {
  const values = unique.map((c) => cells[c] ?? '');
  return values.some((v) => v !== '') ? values.join('|') : undefined;
};
