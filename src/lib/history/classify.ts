/**
 * Turns the rows a commit removed and added (by key, over all files of one dataset) into what
 * happened to each row: a key only added was added, only removed was removed, on both sides with
 * other cells was changed. The same cells on both sides is a row that moved (reordered, or to another
 * file) and is no change at all. Rows are held as one string each (`rowContent`), not as objects,
 * so a commit adding a million rows fits in memory.
 */
import type { Cells } from './csv-diff.ts';

export type Action = 'added' | 'changed' | 'removed';

/** What happened to one row; `content` is the row after the commit, or before it when removed. */
export interface RowEvent {
  key: string;
  action: Action;
  content: string;
}

const CELL = '\u001f';
const PAIR = '\u001e';

/** The row's cells as one string, independent of column order (blank cells are already left out). */
export const rowContent = (cells: Cells): string =>
  Object.keys(cells)
    .sort()
    .map((k) => `${k}${PAIR}${cells[k]}`)
    .join(CELL);

/** The cells back from `rowContent`. */
export const contentCells = (content: string): Cells => {
  const out: Cells = {};
  if (content === '') return out;
  for (const pair of content.split(CELL)) {
    const at = pair.indexOf(PAIR);
    out[pair.slice(0, at)] = pair.slice(at + 1);
  }
  return out;
};

/** The row events of one dataset in one commit: additions and changes in the order added, then removals. */
export function classifyRows(removed: ReadonlyMap<string, string>, added: ReadonlyMap<string, string>): RowEvent[] {
  const events: RowEvent[] = [];
  for (const [key, content] of added) {
    const before = removed.get(key);
    if (before === undefined) events.push({ key, action: 'added', content });
    else if (before !== content) events.push({ key, action: 'changed', content });
  }
  for (const [key, content] of removed) if (!added.has(key)) events.push({ key, action: 'removed', content });
  return events;
}
