/**
 * The third-party reference files in ../shared/data/admin-units (see its README): the shapes of the
 * JSON sources (only the fields used), their file names, and lookups that several steps share.
 */

/** A unit as the thanglequoc files name it. */
export interface SourceUnit {
  Code: string;
  Name: string;
  FullName: string;
}

/** A commune, ward or special zone since 1/7/2025. */
export interface CurrentWard extends SourceUnit {
  ProvinceCode: string;
}

/** A province since 1/7/2025, with its communes (no districts any more). */
export interface CurrentProvince extends SourceUnit {
  Wards: CurrentWard[];
}

/** A district before the reform; island districts without communes have `Ward: null`. */
export interface OldDistrict extends SourceUnit {
  Ward: SourceUnit[] | null;
}

/** A province before the reform (three levels). */
export interface OldProvince extends SourceUnit {
  District: OldDistrict[];
}

/** One target of an old unit in splits.json. */
export interface SplitTarget {
  new_id: string;
  name?: string;
}

/** splits.json: per old province, where it and each of its communes (and commune-less districts) went. */
export interface SplitsFile {
  data: {
    level1_id: string;
    name: string;
    splits: SplitTarget[];
    level2s?: { level2_id: string; name: string; splits: SplitTarget[] }[];
    level3s: { level3_id: string; name: string; splits: SplitTarget[] }[];
  }[];
}

/** One source of a new unit in merges.json. */
export interface MergeSource {
  old_id: string;
  name?: string;
  type: string;
}

/** merges.json: per new province, which old provinces and old units each new unit was made from. */
export interface MergesFile {
  data: {
    level1_id: string;
    name: string;
    merges: MergeSource[];
    level2s: { level2_id: string; name: string; merges: MergeSource[] }[];
  }[];
}

/** The merges.json entry of one current province. */
export type MergesEntry = MergesFile['data'][number];

/** The four JSON sources, parsed. */
export interface Sources {
  current: CurrentProvince[];
  old: OldProvince[];
  splits: SplitsFile;
  merges: MergesFile;
}

/** Source file names inside the source folder. */
export const SOURCE_FILES = {
  current: 'vn-units-2026-07.json',
  old: 'vn-units-2025-03-pre-reform.json',
  splits: 'lineage-2025-07-splits.json',
  merges: 'lineage-2025-07-merges.json',
  boundaries: 'boundaries-2025',
  provinces: 'boundaries-2025/provinces-2025.topojson',
  licenceUnits: 'LICENSE-vietnamese-provinces-database.txt',
  licenceLineage: 'LICENSE-dvhcvn-20250701.txt',
} as const;

/** The merges.json entry of current province `code`, if it has one. */
export const mergesEntry = (merges: MergesFile, code: string): MergesEntry | undefined =>
  merges.data.find((p) => p.level1_id === code);

/** Every district of an old province followed by its communes (island districts have none). */
export const districtsAndCommunes = (p: OldProvince): SourceUnit[] => p.District.flatMap((d) => [d, ...(d.Ward ?? [])]);
