/**
 * Everything derived for one current province: its unit and lineage rows, the fatal problems that
 * stop a run before anything is written, and the notes on oddities in the source that are only printed.
 */
import { lineageRow, unitRow } from '../../src/schemas/unit.ts';
import { lineageDisagreements, nameDisagreements, unitsNeedingEdges, unitsWithoutEdges } from './lineage-checks.ts';
import { edgeKey, mergeEdges, mergeEdgesInto, oldProvincesInto, oldProvincesPerMerges, provinceLineageRows, sortLineage, unitLineageRows, type Edge, type LineageCells } from './lineage.ts';
import { communeResolution } from './resolutions.ts';
import { duplicateProblems, parentProblems, schemaProblems } from './row-checks.ts';
import type { SourceIndex } from './source-index.ts';
import { districtsAndCommunes, mergesEntry, SOURCE_FILES, type CurrentProvince, type OldProvince } from './sources.ts';
import { currentUnitRows, oldUnitRows, provinceSlug, sortUnits, type UnitCells } from './units.ts';

/** Everything derived for one current province. */
export interface ProvinceResult {
  code: string;
  name: string;
  slug: string;
  oldProvinces: OldProvince[];
  units: UnitCells[];
  lineage: LineageCells[];
  /** Oddities in the source, printed but not fatal. */
  notes: string[];
  /** Errors that must stop the run before anything is written. */
  problems: string[];
}

// Where an old province went (for messages that tell the user which other province to derive).
const newProvinceOf = (ix: SourceIndex, oldProvince: string): string =>
  ix.sources.splits.data.find((p) => p.level1_id === oldProvince)?.splits.map((s) => s.new_id).join('+') ?? '?';

/**
 * Splits the merges.json edges into P (`edgesInto`) into those written and those left out, with a
 * note for each edge that points at a unit the validator could not resolve.
 */
const usableEdges = (ix: SourceIndex, province: CurrentProvince, oldCodes: readonly string[], edgesInto: readonly Edge[]): { edges: Edge[]; notes: string[] } => {
  const current = new Set(province.Wards.map((w) => w.Code));
  const notes: string[] = [];
  const edges = edgesInto.filter((e) => {
    const from = ix.oldUnitProvince.get(e.oldCode);
    if (!current.has(e.newCode)) {
      notes.push(`left out ${edgeKey(e)}: ${e.newCode} is not a current unit of ${province.Code}`);
      return false;
    }
    if (from === undefined) {
      notes.push(`left out ${edgeKey(e)}: ${e.oldCode} is not in the pre-reform list`);
      return false;
    }
    if (!oldCodes.includes(from)) {
      notes.push(`${edgeKey(e)} comes from old province ${from}, written in ${newProvinceOf(ix, from)}'s file; derive that province too`);
    }
    return true;
  });
  return { edges, notes };
};

/** Notes on old units without any edge, old units with no edge written here, and new units without a source. */
const coverageNotes = (ix: SourceIndex, province: CurrentProvince, olds: readonly OldProvince[], edgesIn: readonly Edge[]): string[] => {
  const needing = unitsNeedingEdges(olds);
  const notes = unitsWithoutEdges(needing, ix.mergeEdges).map((u) => `no lineage edge for old ${u.Code} ${u.FullName}`);
  const written = new Set(edgesIn.map((e) => e.oldCode));
  const bySource = Map.groupBy(ix.mergeEdges, (e) => e.oldCode);
  for (const u of needing) {
    const targets = (bySource.get(u.Code) ?? []).map((e) => e.newCode);
    if (targets.length > 0 && !written.has(u.Code)) {
      notes.push(`old ${u.Code} ${u.FullName} has no edge in this file (merges.json sends it to ${targets.join(', ')})`);
    }
  }
  const sourced = new Set(edgesIn.map((e) => e.newCode));
  for (const w of province.Wards) if (!sourced.has(w.Code)) notes.push(`current ${w.Code} ${w.FullName} has no lineage edge`);
  return notes;
};

/** splits.json vs merges.json for this province. */
const crossCheckNotes = (
  ix: SourceIndex,
  province: CurrentProvince,
  oldCodes: readonly string[],
  olds: readonly OldProvince[],
  edgesInto: readonly Edge[],
): string[] => {
  const oldUnits = new Set(olds.flatMap(districtsAndCommunes).map((u) => u.Code));
  const newUnits = new Set([...province.Wards.map((w) => w.Code), ...edgesInto.map((e) => e.newCode)]);
  const touches = (e: Edge) => oldUnits.has(e.oldCode) || newUnits.has(e.newCode);
  const notes = lineageDisagreements(
    { provinces: oldCodes, edges: ix.splitEdges },
    { provinces: oldProvincesPerMerges(ix.sources.merges, province.Code), edges: ix.mergeEdges },
    touches,
  );
  for (const m of mergesEntry(ix.sources.merges, province.Code)?.merges ?? []) {
    if (m.type !== 'full') notes.push(`merges.json gives old province ${m.old_id} as "${m.type}", written as full`);
  }
  for (const c of oldCodes) {
    const to = newProvinceOf(ix, c);
    if (to !== province.Code) notes.push(`old province ${c} is split between ${to}; its units are written here`);
  }
  return notes;
};

/** Names in merges.json that differ from the unit lists, for the province and every unit edge into it. */
const nameNotes = (ix: SourceIndex, province: CurrentProvince, edgesInto: readonly Edge[]): string[] => {
  const entry = mergesEntry(ix.sources.merges, province.Code);
  const provinceEdges = mergeEdges(province.Code, entry?.name, entry?.merges ?? []);
  const newNames = new Map([[province.Code, province.FullName], ...province.Wards.map((w): [string, string] => [w.Code, w.FullName])]);
  return nameDisagreements([...provinceEdges, ...edgesInto], ix.oldUnitName, newNames);
};

/** Derives units, lineage, notes and fatal problems for current province `code`. */
export const deriveProvince = (ix: SourceIndex, code: string): ProvinceResult => {
  const province = ix.current.get(code);
  const resolution = communeResolution(code);
  if (!province || !resolution) throw new Error(`Unknown current province code ${code}`);
  const slug = provinceSlug(province);
  const oldCodes = oldProvincesInto(ix.sources.splits, code);
  const problems: string[] = [];
  if (oldCodes.length === 0) problems.push(`${code}: splits.json names no old province that went into it`);
  const olds = oldCodes.flatMap((c) => {
    const p = ix.old.get(c);
    if (!p) problems.push(`${code}: old province ${c} is not in ${SOURCE_FILES.old}`);
    return p ? [p] : [];
  });
  const units = sortUnits([...currentUnitRows(province, resolution), ...olds.flatMap(oldUnitRows)]);
  const edgesInto = mergeEdgesInto(ix.sources.merges, code);
  const { edges, notes: edgeNotes } = usableEdges(ix, province, oldCodes, edgesInto);
  const lineage = sortLineage([...provinceLineageRows(oldCodes, code), ...unitLineageRows(edges, resolution)]);
  const unitsFile = `units/${slug}.csv`;
  const lineageFile = `lineage/${slug}.csv`;
  problems.push(
    ...schemaProblems(units, unitRow, unitsFile),
    ...schemaProblems(lineage, lineageRow, lineageFile),
    ...parentProblems(units, unitsFile),
    ...duplicateProblems(units, unitsFile),
  );
  const notes = [
    ...crossCheckNotes(ix, province, oldCodes, olds, edgesInto),
    ...nameNotes(ix, province, edgesInto),
    ...edgeNotes,
    ...coverageNotes(ix, province, olds, edges),
  ];
  return { code, name: province.Name, slug, oldProvinces: olds, units, lineage, notes, problems };
};
