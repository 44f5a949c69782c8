/**
 * Lookups over the parsed sources, built once per run and shared by every province derived.
 */
import { allMergeEdges, allSplitEdges, type Edge } from './lineage.ts';
import { districtsAndCommunes, type CurrentProvince, type OldProvince, type Sources } from './sources.ts';

/** Lookups over the sources, built once for all provinces. */
export interface SourceIndex {
  sources: Sources;
  current: Map<string, CurrentProvince>;
  old: Map<string, OldProvince>;
  /** Code of every unit of the pre-reform list (provinces excluded) → its old province code. */
  oldUnitProvince: Map<string, string>;
  /** Code of every unit of the pre-reform list (provinces included) → its full name. */
  oldUnitName: Map<string, string>;
  mergeEdges: Edge[];
  splitEdges: Edge[];
}

/** Builds the lookups. */
export const indexSources = (sources: Sources): SourceIndex => {
  const oldUnitProvince = new Map<string, string>();
  const oldUnitName = new Map<string, string>();
  for (const p of sources.old) {
    oldUnitName.set(p.Code, p.FullName);
    for (const u of districtsAndCommunes(p)) {
      oldUnitProvince.set(u.Code, p.Code);
      oldUnitName.set(u.Code, u.FullName);
    }
  }
  return {
    sources,
    current: new Map(sources.current.map((p) => [p.Code, p])),
    old: new Map(sources.old.map((p) => [p.Code, p])),
    oldUnitProvince,
    oldUnitName,
    mergeEdges: allMergeEdges(sources.merges),
    splitEdges: allSplitEdges(sources.splits),
  };
};
