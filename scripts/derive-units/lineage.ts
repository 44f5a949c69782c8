/**
 * Rows of data/lineage/P-slug.csv and the old → new edges they are made from, read from splits.json
 * (old side) and merges.json (new side) of the lineage source.
 */
import { lineageRow } from '../../src/schemas/unit.ts';
import { cmp, cmpCode } from './compare.ts';
import { PROVINCE_RESOLUTION, REFORM_DAY } from './resolutions.ts';
import { mergesEntry, type MergeSource, type MergesFile, type SplitsFile } from './sources.ts';

type LineageColumn = keyof typeof lineageRow.shape;

/** One data/lineage row as written. */
export type LineageCells = Record<LineageColumn, string>;

/** Columns of data/lineage/*.csv, in the schema's order. */
export const LINEAGE_COLUMNS = Object.keys(lineageRow.shape) as LineageColumn[];

/** One old → new edge read from a lineage source. */
export interface Edge {
  oldCode: string;
  newCode: string;
  kind: string;
  /** Full names as the lineage source spells them, when it gives them. */
  oldName?: string;
  newName?: string;
}

/** How an edge is named in messages: "29488→29489". */
export const edgeKey = (e: Edge): string => `${e.oldCode}→${e.newCode}`;

/** Codes of the old provinces that went into current province `code`, per splits.json (sorted). */
export const oldProvincesInto = (splits: SplitsFile, code: string): string[] =>
  splits.data
    .filter((p) => p.splits.some((s) => s.new_id === code))
    .map((p) => p.level1_id)
    .sort(cmp);

/** Codes of the old provinces merged into current province `code`, per merges.json (sorted). */
export const oldProvincesPerMerges = (merges: MergesFile, code: string): string[] =>
  (mergesEntry(merges, code)?.merges ?? []).map((m) => m.old_id).sort(cmp);

/** Edges from the listed merges.json sources into one new unit or province, with full/partial as given. */
export const mergeEdges = (newCode: string, newName: string | undefined, sources: readonly MergeSource[]): Edge[] =>
  sources.map((m) => ({ oldCode: m.old_id, newCode, kind: m.type, oldName: m.name, newName }));

/** Every unit-level edge of merges.json into current province `code`, with full/partial as given. */
export const mergeEdgesInto = (merges: MergesFile, code: string): Edge[] =>
  (mergesEntry(merges, code)?.level2s ?? []).flatMap((u) => mergeEdges(u.level2_id, u.name, u.merges));

/** Every unit-level edge of merges.json, all provinces. */
export const allMergeEdges = (merges: MergesFile): Edge[] => merges.data.flatMap((p) => mergeEdgesInto(merges, p.level1_id));

/** Every unit-level edge of splits.json (communes, and districts that had no communes); kind is unknown there. */
export const allSplitEdges = (splits: SplitsFile): Edge[] =>
  splits.data.flatMap((p) =>
    [...(p.level2s ?? []).map((u) => ({ id: u.level2_id, to: u.splits })), ...p.level3s.map((u) => ({ id: u.level3_id, to: u.splits }))].flatMap(
      (u) => u.to.map((t) => ({ oldCode: u.id, newCode: t.new_id, kind: '' })),
    ),
  );

/** Edges as lineage rows of the reform day under `resolution` (for unit edges, the province's commune resolution). */
export const unitLineageRows = (edges: readonly Edge[], resolution: string): LineageCells[] =>
  edges.map((e) => ({ old_code: e.oldCode, new_code: e.newCode, date: REFORM_DAY, kind: e.kind, resolution }));

/** The province-level edges: each old province → the current one, in full, by 202/2025/QH15. */
export const provinceLineageRows = (oldCodes: readonly string[], code: string): LineageCells[] =>
  unitLineageRows(
    oldCodes.map((old) => ({ oldCode: old, newCode: code, kind: 'full' })),
    PROVINCE_RESOLUTION,
  );

/** Lineage edges ordered by old code (provinces, districts, communes), then new code. */
export const sortLineage = (rows: readonly LineageCells[]): LineageCells[] =>
  [...rows].sort((a, b) => cmpCode(a.old_code, b.old_code) || cmp(a.new_code, b.new_code));
