/**
 * Turns the rows a commit removed and added (by key, over all files of one dataset) into what
 * happened to each row: a key only added was added, only removed was removed, on both sides with
 * other cells was changed. The same cells on both sides is a row that moved (reordered, or to another
 * file) and is no change at all.
 */
import type { Cells } from './csv-diff.ts';

export type Action = 'added' | 'changed' | 'removed';

/** What happened to one row; `cells` are the row after the commit, or before it when removed. */
export interface RowEvent {
  key: string;
  action: Action;
  cells: Cells;
}

const same = (a: Cells, b: Cells): boolean => {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
};

/** The row events of one dataset in one commit, in key order. */
export function classifyRows(removed: ReadonlyMap<string, Cells>, added: ReadonlyMap<string, Cells>): RowEvent[] {
  const events: RowEvent[] = [];
  for (const [key, cells] of added) {
    const before = removed.get(key);
    if (!before) events.push({ key, action: 'added', cells });
    else if (!same(before, cells)) events.push({ key, action: 'changed', cells });
  }
  for (const [key, cells] of removed) if (!added.has(key)) events.push({ key, action: 'removed', cells });
  return events.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
