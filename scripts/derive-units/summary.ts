/**
 * One-line descriptions of the tables written, for the log, so that a run shows at a glance what
 * changed in size (e.g. a province that lost its old communes).
 */
import type { LineageCells } from './lineage.ts';
import type { UnitCells } from './units.ts';

// Counts per key in first-seen order ("1 province, 38 commune"), so the line follows the row order.
const countBy = <T>(items: readonly T[], key: (t: T) => string): string =>
  [...Map.groupBy(items, key)].map(([k, v]) => `${v.length} ${k}`).join(', ');

/** "154 rows: current 1 province, 38 commune; old 1 province, 8 district, 106 commune". */
export const describeUnits = (rows: readonly UnitCells[]): string =>
  `${rows.length} rows: current ${countBy(rows.filter((r) => !r.valid_to), (r) => r.level)}; old ${countBy(rows.filter((r) => r.valid_to), (r) => r.level)}`;

/** "107 rows: 1 province edges, 106 full commune edges", counted by the level of the old unit. */
export const describeLineage = (rows: readonly LineageCells[]): string =>
  `${rows.length} rows: ${countBy(rows, (r) => (r.old_code.length === 2 ? 'province edges' : r.old_code.length === 3 ? 'district edges' : `${r.kind} commune edges`))}`;
