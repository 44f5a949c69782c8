/**
 * Derives the portal's administrative-unit tables from the third-party reference files in
 * ../shared/data/admin-units (see its README): for each current province, data/units/P-slug.csv (the
 * province and its communes since 1/7/2025, plus the old provinces, districts and communes that went
 * into it, valid until 30/6/2025), data/lineage/P-slug.csv (old → new edges) and the outlines in
 * data/boundaries/. Only facts are copied (codes, names, parents, lineage, geometry), never the files.
 *
 *   node scripts/derive-units.ts [--source DIR] [--out DIR] [PROVINCE_CODE ...]
 *
 * Pure transformations come first and are unit-tested on fixtures; file I/O is at the bottom.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { slugify } from '../src/lib/text/fold.ts';
import { inForce } from '../src/lib/units/unit-index.ts';
import { lineageRow, UNIT_KINDS, unitRow, type UnitLevel } from '../src/schemas/unit.ts';

// ---------------------------------------------------------------------------------------------------
// Source shapes (only the fields used)
// ---------------------------------------------------------------------------------------------------

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

/** The four JSON sources, parsed. */
export interface Sources {
  current: CurrentProvince[];
  old: OldProvince[];
  splits: SplitsFile;
  merges: MergesFile;
}

// ---------------------------------------------------------------------------------------------------
// Constants
// ---------------------------------------------------------------------------------------------------

/** First day of the two-level system. */
export const REFORM_DAY = '2025-07-01';
/** Last day of the districts and the 63 provinces. */
export const LAST_OLD_DAY = '2025-06-30';
/** Nghị quyết 202/2025/QH15 of 12/6/2025 on rearranging provinces (34 from 63), effective 1/7/2025. */
export const PROVINCE_RESOLUTION = '202/2025/QH15';
/** The demo's provinces: Lai Châu; Quảng Trị (+ Quảng Bình); Quảng Ngãi (+ Kon Tum); Vĩnh Long (+ Bến Tre, Trà Vinh). */
export const DEFAULT_PROVINCES = ['12', '44', '51', '86'] as const;

// Commune-level rearrangement of each current province: Nghị quyết 1654–1687/NQ-UBTVQH15 of the
// Ủy ban Thường vụ Quốc hội, all dated 16/6/2025 and in force from 1/7/2025 (one per province).
const COMMUNE_RESOLUTION_NUMBERS: Readonly<Record<string, number>> = {
  '91': 1654, // An Giang
  '96': 1655, // Cà Mau
  '01': 1656, // Hà Nội
  '04': 1657, // Cao Bằng
  '24': 1658, // Bắc Ninh
  '48': 1659, // Đà Nẵng
  '66': 1660, // Đắk Lắk
  '11': 1661, // Điện Biên
  '75': 1662, // Đồng Nai
  '82': 1663, // Đồng Tháp
  '52': 1664, // Gia Lai
  '42': 1665, // Hà Tĩnh
  '33': 1666, // Hưng Yên
  '56': 1667, // Khánh Hòa
  '92': 1668, // Cần Thơ
  '31': 1669, // Hải Phòng
  '12': 1670, // Lai Châu
  '68': 1671, // Lâm Đồng
  '20': 1672, // Lạng Sơn
  '15': 1673, // Lào Cai
  '37': 1674, // Ninh Bình
  '46': 1675, // Huế
  '25': 1676, // Phú Thọ
  '51': 1677, // Quảng Ngãi
  '40': 1678, // Nghệ An
  '22': 1679, // Quảng Ninh
  '44': 1680, // Quảng Trị
  '14': 1681, // Sơn La
  '80': 1682, // Tây Ninh
  '19': 1683, // Thái Nguyên
  '08': 1684, // Tuyên Quang
  '79': 1685, // TP. Hồ Chí Minh
  '38': 1686, // Thanh Hóa
  '86': 1687, // Vĩnh Long
};

/** The commune-rearrangement resolution of a current province, e.g. "1687/NQ-UBTVQH15"; undefined if unknown. */
export const communeResolution = (provinceCode: string): string | undefined => {
  const n = COMMUNE_RESOLUTION_NUMBERS[provinceCode];
  return n === undefined ? undefined : `${n}/NQ-UBTVQH15`;
};

/** Codes of every current province that has a commune resolution (all 34). */
export const KNOWN_PROVINCES: readonly string[] = Object.keys(COMMUNE_RESOLUTION_NUMBERS).sort();

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

// ---------------------------------------------------------------------------------------------------
// Rows
// ---------------------------------------------------------------------------------------------------

type UnitKind = (typeof UNIT_KINDS)[number];
type UnitColumn = keyof typeof unitRow.shape;
type LineageColumn = keyof typeof lineageRow.shape;

/** One data/units row as written: every cell a string, blank for "none". */
export type UnitCells = Record<UnitColumn, string>;
/** One data/lineage row as written. */
export type LineageCells = Record<LineageColumn, string>;

/** Columns of data/units/*.csv, in the schema's order. */
export const UNIT_COLUMNS = Object.keys(unitRow.shape) as UnitColumn[];
/** Columns of data/lineage/*.csv, in the schema's order. */
export const LINEAGE_COLUMNS = Object.keys(lineageRow.shape) as LineageColumn[];

// Longest first, so a prefix can never be taken for a shorter kind that it happens to start with.
const KINDS_LONGEST_FIRST = [...UNIT_KINDS].sort((a, b) => b.length - a.length);

/** The kind named at the start of a full name: "Thị trấn Trà Cú" → "thị trấn"; throws when none fits. */
export const parseKind = (fullName: string): UnitKind => {
  // Case-folded because the source has at least one lowercase prefix ("xã Bắc Sơn", Lạng Sơn).
  const lower = fullName.normalize('NFC').trim().toLowerCase();
  const kind = KINDS_LONGEST_FIRST.find((k) => lower.startsWith(`${k} `));
  if (!kind) throw new Error(`No unit kind at the start of "${fullName}"`);
  return kind;
};

/** File stem of a current province: "86-vinh-long". */
export const provinceSlug = (p: Pick<SourceUnit, 'Code' | 'Name'>): string => `${p.Code}-${slugify(p.Name)}`;

const unitCells = (
  u: SourceUnit,
  level: UnitLevel,
  parent: string,
  validFrom: string,
  validTo: string,
  source: string,
): UnitCells => ({
  code: u.Code,
  name: u.Name.normalize('NFC').trim(),
  kind: parseKind(u.FullName),
  level,
  parent_code: parent,
  valid_from: validFrom,
  valid_to: validTo,
  source,
});

/** The current province and its communes, in force from 1/7/2025. */
export const currentUnitRows = (p: CurrentProvince, resolution: string): UnitCells[] => [
  unitCells(p, 'province', '', REFORM_DAY, '', PROVINCE_RESOLUTION),
  ...p.Wards.map((w) => unitCells(w, 'commune', p.Code, REFORM_DAY, '', resolution)),
];

// Blank valid_from: the units are older than the records we keep; blank source for the same reason.
const oldDistrictRows = (d: OldDistrict, provinceCode: string): UnitCells[] => [
  unitCells(d, 'district', provinceCode, '', LAST_OLD_DAY, ''),
  ...(d.Ward ?? []).map((w) => unitCells(w, 'commune', d.Code, '', LAST_OLD_DAY, '')),
];

/** An old province with its districts and communes, in force until 30/6/2025. */
export const oldUnitRows = (p: OldProvince): UnitCells[] => [
  unitCells(p, 'province', '', '', LAST_OLD_DAY, ''),
  ...p.District.flatMap((d) => oldDistrictRows(d, p.Code)),
];

// Plain code-point comparison: locale-independent, so every machine writes the same bytes.
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Units ordered by code (2-digit provinces, then districts, then communes), older unit first on a reused code. */
export const sortUnits = (rows: readonly UnitCells[]): UnitCells[] =>
  [...rows].sort(
    (a, b) =>
      a.code.length - b.code.length ||
      cmp(a.code, b.code) ||
      // Blank valid_from means "before our records", so it sorts first.
      cmp(a.valid_from, b.valid_from),
  );

/** Lineage edges ordered by old code (provinces, districts, communes), then new code. */
export const sortLineage = (rows: readonly LineageCells[]): LineageCells[] =>
  [...rows].sort(
    (a, b) => a.old_code.length - b.old_code.length || cmp(a.old_code, b.old_code) || cmp(a.new_code, b.new_code),
  );

/** Codes of the old provinces that went into current province `code`, per splits.json (sorted). */
export const oldProvincesInto = (splits: SplitsFile, code: string): string[] =>
  splits.data
    .filter((p) => p.splits.some((s) => s.new_id === code))
    .map((p) => p.level1_id)
    .sort(cmp);

/** Codes of the old provinces merged into current province `code`, per merges.json (sorted). */
export const oldProvincesPerMerges = (merges: MergesFile, code: string): string[] =>
  (merges.data.find((p) => p.level1_id === code)?.merges ?? []).map((m) => m.old_id).sort(cmp);

/** One old → new edge read from a lineage source. */
export interface Edge {
  oldCode: string;
  newCode: string;
  kind: string;
  /** Full names as the lineage source spells them, when it gives them. */
  oldName?: string;
  newName?: string;
}

/** Every unit-level edge of merges.json into current province `code`, with full/partial as given. */
export const mergeEdgesInto = (merges: MergesFile, code: string): Edge[] =>
  (merges.data.find((p) => p.level1_id === code)?.level2s ?? []).flatMap((u) =>
    u.merges.map((m) => ({ oldCode: m.old_id, newCode: u.level2_id, kind: m.type, oldName: m.name, newName: u.name })),
  );

/** Every unit-level edge of merges.json, all provinces. */
export const allMergeEdges = (merges: MergesFile): Edge[] => merges.data.flatMap((p) => mergeEdgesInto(merges, p.level1_id));

/** Every unit-level edge of splits.json (communes, and districts that had no communes); kind is unknown there. */
export const allSplitEdges = (splits: SplitsFile): Edge[] =>
  splits.data.flatMap((p) =>
    [...(p.level2s ?? []).map((u) => ({ id: u.level2_id, to: u.splits })), ...p.level3s.map((u) => ({ id: u.level3_id, to: u.splits }))].flatMap(
      (u) => u.to.map((t) => ({ oldCode: u.id, newCode: t.new_id, kind: '' })),
    ),
  );

/** The province-level edges: each old province → the current one, in full, by 202/2025/QH15. */
export const provinceLineageRows = (oldCodes: readonly string[], code: string): LineageCells[] =>
  oldCodes.map((old) => ({ old_code: old, new_code: code, date: REFORM_DAY, kind: 'full', resolution: PROVINCE_RESOLUTION }));

/** Unit-level edges as lineage rows under the province's commune resolution. */
export const unitLineageRows = (edges: readonly Edge[], resolution: string): LineageCells[] =>
  edges.map((e) => ({ old_code: e.oldCode, new_code: e.newCode, date: REFORM_DAY, kind: e.kind, resolution }));

// ---------------------------------------------------------------------------------------------------
// Checks (each returns messages; the caller decides whether they are fatal)
// ---------------------------------------------------------------------------------------------------

/** Schema errors of rows about to be written to `file` (line numbers count the header as line 1). */
export const schemaProblems = <R extends Record<string, string>>(
  rows: readonly R[],
  schema: { safeParse: (v: unknown) => { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } },
  file: string,
): string[] =>
  rows.flatMap((row, i) => {
    const r = schema.safeParse(row);
    if (r.success) return [];
    return (r.error?.issues ?? []).map((issue) => `${file}:${i + 2} ${String(issue.path[0] ?? '')}: ${issue.message} (${JSON.stringify(row)})`);
  });

const asUnit = (r: UnitCells) => ({
  code: r.code,
  valid_from: r.valid_from || undefined,
  valid_to: r.valid_to || undefined,
});

/** Rows whose parent_code names no unit of the same file in force on the row's last (or first) day. */
export const parentProblems = (rows: readonly UnitCells[], file: string): string[] => {
  const byCode = Map.groupBy(rows, (r) => r.code);
  return rows.flatMap((r) => {
    if (!r.parent_code) return [];
    const day = r.valid_to || r.valid_from;
    const ok = (byCode.get(r.parent_code) ?? []).some((p) => inForce(asUnit(p), day));
    return ok ? [] : [`${file}: ${r.code} ${r.name}: parent ${r.parent_code} is not in force on ${day}`];
  });
};

/** Rows repeating a (code, valid_from) pair, which is what identifies a unit. */
export const duplicateProblems = (rows: readonly UnitCells[], file: string): string[] => {
  const seen = new Set<string>();
  return rows.flatMap((r) => {
    const key = `${r.code}:${r.valid_from}`;
    if (!seen.has(key)) {
      seen.add(key);
      return [];
    }
    return [`${file}: unit ${r.code} with valid_from "${r.valid_from}" appears twice`];
  });
};

const edgeKey = (e: Edge): string => `${e.oldCode}→${e.newCode}`;

/** Disagreements between splits.json and merges.json on the province and on edges touching its units. */
export const lineageDisagreements = (
  split: { provinces: readonly string[]; edges: readonly Edge[] },
  merge: { provinces: readonly string[]; edges: readonly Edge[] },
  touches: (e: Edge) => boolean,
): string[] => {
  const notes: string[] = [];
  if (split.provinces.join() !== merge.provinces.join()) {
    notes.push(`old provinces differ: splits.json ${split.provinces.join(', ')}; merges.json ${merge.provinces.join(', ')}`);
  }
  const splitKeys = new Set(split.edges.filter(touches).map(edgeKey));
  const mergeKeys = new Set(merge.edges.filter(touches).map(edgeKey));
  for (const k of [...splitKeys].sort(cmp)) if (!mergeKeys.has(k)) notes.push(`edge ${k} is in splits.json but not merges.json`);
  for (const k of [...mergeKeys].sort(cmp)) if (!splitKeys.has(k)) notes.push(`edge ${k} is in merges.json but not splits.json`);
  return notes;
};

// The two repositories place tone marks differently (Hoà, Thuỷ vs Hòa, Thủy): move a mark on the
// last vowel of "oa/oe/uy" to the first, on both sides, so that only real differences are reported.
const OLD_STYLE_TONE = /([oOuU])([àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ])(?!\p{L})/gu;
const moveTone = (_: string, first: string, toned: string): string => {
  const [base = '', ...marks] = toned.normalize('NFD');
  return `${(first + marks.join('')).normalize('NFC')}${base}`;
};

/** True when two unit names are the same but for case, spacing and tone-mark placement. */
export const sameName = (a: string, b: string): boolean => {
  const norm = (s: string) => s.normalize('NFC').replace(OLD_STYLE_TONE, moveTone).replace(/\s+/g, ' ').trim().toLowerCase();
  return norm(a) === norm(b);
};

/** Edges whose names in the lineage source differ from the unit lists (a hint at a wrong or changed code). */
export const nameDisagreements = (edges: readonly Edge[], oldNames: ReadonlyMap<string, string>, newNames: ReadonlyMap<string, string>): string[] => {
  const notes = new Set<string>();
  for (const e of edges) {
    const oldName = oldNames.get(e.oldCode);
    const newName = newNames.get(e.newCode);
    if (e.oldName && oldName && !sameName(e.oldName, oldName)) notes.add(`old ${e.oldCode}: merges.json says "${e.oldName}", the pre-reform list "${oldName}"`);
    if (e.newName && newName && !sameName(e.newName, newName)) notes.add(`new ${e.newCode}: merges.json says "${e.newName}", the current list "${newName}"`);
  }
  return [...notes];
};

/** The old units that need a lineage edge: communes, and districts that had no communes (island districts). */
export const unitsNeedingEdges = (olds: readonly OldProvince[]): SourceUnit[] =>
  olds.flatMap((p) => p.District.flatMap((d) => (d.Ward?.length ? d.Ward : [d])));

/** Old units with no edge at all in `edges`. */
export const unitsWithoutEdges = (units: readonly SourceUnit[], edges: readonly Edge[]): SourceUnit[] => {
  const from = new Set(edges.map((e) => e.oldCode));
  return units.filter((u) => !from.has(u.Code));
};

// ---------------------------------------------------------------------------------------------------
// One province
// ---------------------------------------------------------------------------------------------------

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
    for (const u of p.District.flatMap((d) => [d, ...(d.Ward ?? [])])) {
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
 * Splits the merges.json edges into P into those written and those left out, with a note for each
 * edge that points at a unit the validator could not resolve.
 */
const usableEdges = (ix: SourceIndex, province: CurrentProvince, oldCodes: readonly string[]): { edges: Edge[]; notes: string[] } => {
  const current = new Set(province.Wards.map((w) => w.Code));
  const notes: string[] = [];
  const edges = mergeEdgesInto(ix.sources.merges, province.Code).filter((e) => {
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
const crossCheckNotes = (ix: SourceIndex, province: CurrentProvince, oldCodes: readonly string[], olds: readonly OldProvince[]): string[] => {
  const oldUnits = new Set(olds.flatMap((p) => p.District.flatMap((d) => [d.Code, ...(d.Ward ?? []).map((w) => w.Code)])));
  const newUnits = new Set([
    ...province.Wards.map((w) => w.Code),
    ...mergeEdgesInto(ix.sources.merges, province.Code).map((e) => e.newCode),
  ]);
  const touches = (e: Edge) => oldUnits.has(e.oldCode) || newUnits.has(e.newCode);
  const notes = lineageDisagreements(
    { provinces: oldCodes, edges: ix.splitEdges },
    { provinces: oldProvincesPerMerges(ix.sources.merges, province.Code), edges: ix.mergeEdges },
    touches,
  );
  for (const m of ix.sources.merges.data.find((p) => p.level1_id === province.Code)?.merges ?? []) {
    if (m.type !== 'full') notes.push(`merges.json gives old province ${m.old_id} as "${m.type}", written as full`);
  }
  for (const c of oldCodes) {
    const to = newProvinceOf(ix, c);
    if (to !== province.Code) notes.push(`old province ${c} is split between ${to}; its units are written here`);
  }
  return notes;
};

/** Names in merges.json that differ from the unit lists, for the province and every unit edge into it. */
const nameNotes = (ix: SourceIndex, province: CurrentProvince): string[] => {
  const entry = ix.sources.merges.data.find((p) => p.level1_id === province.Code);
  const provinceEdges = (entry?.merges ?? []).map((m) => ({ oldCode: m.old_id, newCode: province.Code, kind: m.type, oldName: m.name, newName: entry?.name }));
  const newNames = new Map([[province.Code, province.FullName], ...province.Wards.map((w): [string, string] => [w.Code, w.FullName])]);
  return nameDisagreements([...provinceEdges, ...mergeEdgesInto(ix.sources.merges, province.Code)], ix.oldUnitName, newNames);
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
  const { edges, notes: edgeNotes } = usableEdges(ix, province, oldCodes);
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
    ...crossCheckNotes(ix, province, oldCodes, olds),
    ...nameNotes(ix, province),
    ...edgeNotes,
    ...coverageNotes(ix, province, olds, edges),
  ];
  return { code, name: province.Name, slug, oldProvinces: olds, units, lineage, notes, problems };
};

// ---------------------------------------------------------------------------------------------------
// Outlines (TopoJSON)
// ---------------------------------------------------------------------------------------------------

/** A TopoJSON geometry; only `properties` is touched. */
export interface TopoGeometry {
  type: string;
  properties?: Record<string, unknown>;
  [key: string]: unknown;
}

/** A TopoJSON topology with one or more named layers. */
export interface Topology {
  type: string;
  objects: Record<string, { type: string; geometries: TopoGeometry[] }>;
  [key: string]: unknown;
}

const geometryCode = (g: TopoGeometry): string => String(g.properties?.['code'] ?? '');

/** The topology with only `layer`, properties cut to code and name, geometries sorted by code; arcs untouched. */
export const reduceTopology = (topo: Topology, layer: string): Topology => {
  const obj = topo.objects[layer];
  if (!obj) throw new Error(`TopoJSON has no layer "${layer}" (has: ${Object.keys(topo.objects).join(', ')})`);
  const geometries = obj.geometries
    .map((g) => ({ ...g, properties: { code: geometryCode(g), name: String(g.properties?.['name'] ?? '') } }))
    .sort((a, b) => cmp(a.properties.code, b.properties.code));
  // Spreading keeps the source's key order (type, arcs, transform, objects) so the output is stable.
  return { ...topo, objects: { [layer]: { ...obj, geometries } } };
};

/** Outline codes that are not among `expected` (code → name), expected codes without an outline, and name mismatches. */
export const outlineProblems = (topo: Topology, layer: string, expected: ReadonlyMap<string, string>, what: string): string[] => {
  const geometries = topo.objects[layer]?.geometries ?? [];
  const seen = new Set<string>();
  const notes: string[] = [];
  for (const g of geometries) {
    const code = geometryCode(g);
    const name = String(g.properties?.['name'] ?? '');
    if (seen.has(code)) notes.push(`${what}: outline ${code} appears twice`);
    seen.add(code);
    const want = expected.get(code);
    if (want === undefined) notes.push(`${what}: outline ${code} ${name} is not a current unit`);
    else if (want !== name.normalize('NFC')) notes.push(`${what}: outline ${code} is named "${name}", the unit list says "${want}"`);
  }
  for (const [code, name] of expected) if (!seen.has(code)) notes.push(`${what}: no outline for ${code} ${name}`);
  return notes;
};

/** Compact JSON with a final newline. */
export const topologyText = (topo: Topology): string => `${JSON.stringify(topo)}\n`;

// ---------------------------------------------------------------------------------------------------
// Text output
// ---------------------------------------------------------------------------------------------------

/** CSV text: header, LF newlines, comma, quotes only where needed, final newline, no BOM. */
export const toCsv = <C extends string>(rows: readonly Record<C, string>[], columns: readonly C[]): string =>
  `${Papa.unparse({ fields: [...columns], data: rows.map((r) => columns.map((c) => r[c])) }, { newline: '\n', quotes: false, delimiter: ',' })}\n`;

/** A licence notice to reproduce: whose work, and the licence text as shipped with it. */
export interface Licence {
  work: string;
  text: string;
}

const fenced = (text: string): string => ['```text', text.trim(), '```'].join('\n');

/** data/units/README.md: what the three folders hold, how they are made, and the notices MIT requires. */
export const readmeText = (units: Licence, lineage: Licence): string =>
  `${[
    '# Administrative units, lineage and outlines',
    '',
    'Đơn vị hành chính, sắp xếp cũ → mới và ranh giới. **Generated — do not edit by hand** (không sửa tay):',
    'every file in `data/units/`, `data/lineage/` and `data/boundaries/` is written by',
    '`scripts/derive-units.ts` from third-party reference files kept outside this repository',
    '(`../shared/data/admin-units/`). Fix the script or the source and run it again.',
    '',
    '| file | holds | derived from |',
    '|---|---|---|',
    '| `units/P-slug.csv` | current province P and its communes/wards/special zones (valid from 2025-07-01), and every old province that went into P with its districts and communes (valid to 2025-06-30). A code may appear twice: codes were reused on 1/7/2025. | `vn-units-2026-07.json`, `vn-units-2025-03-pre-reform.json`, `lineage-2025-07-splits.json` |',
    '| `lineage/P-slug.csv` | one row per old → new edge on 2025-07-01: old provinces → P (202/2025/QH15) and old communes → new communes, full or partial (the province\'s 1654–1687/NQ-UBTVQH15) | `lineage-2025-07-merges.json`, cross-checked with `lineage-2025-07-splits.json` |',
    '| `boundaries/provinces.topojson` | outlines of the 34 provinces (layer `provinces`, properties `code`, `name`) | `boundaries-2025/provinces-2025.topojson` |',
    '| `boundaries/communes-P-slug.topojson` | commune outlines of P, where available (layer `communes`) | `boundaries-2025/communes-<code>_<slug>.topojson` |',
    '',
    '## Adding or refreshing a province',
    '',
    '```sh',
    'npm run derive-units            # the demo provinces: 12 44 51 86',
    'npm run derive-units -- 40      # adds Nghệ An (current province code)',
    'npm run derive-units -- --source ../shared/data/admin-units --out data 12 44 51 86 40',
    '```',
    '',
    'Only the provinces named are (re)written, so name every province present to refresh them all.',
    'The script validates each row against `src/schemas/unit.ts` and writes nothing if any row is',
    'invalid; it prints disagreements between the two lineage files and units left without lineage.',
    'The lineage mapping was built by its author with the help of a language model and corrected by',
    'hand: check any pair you rely on against the resolution it cites.',
    '',
    '## Credits and licences',
    '',
    `- Unit lists and outlines: [thanglequoc/vietnamese-provinces-database](https://github.com/thanglequoc/vietnamese-provinces-database), MIT licence:`,
    '',
    fenced(units.text),
    '',
    `- Lineage (sắp xếp) mapping: [dvhcvn/20250701](https://github.com/dvhcvn/20250701), MIT licence:`,
    '',
    fenced(lineage.text),
    '',
    '- Outline geometry is derived from the Vietnam Administrative Units Reference Map',
    '  (Bản đồ tham chiếu đơn vị hành chính, sapnhap.bando.com.vn), Bộ Nông nghiệp và Môi trường;',
    '  credit it wherever the outlines are shown.',
    '- Legal basis: Nghị quyết 202/2025/QH15 (provinces, 12/6/2025) and Nghị quyết',
    '  1654–1687/NQ-UBTVQH15 (communes, 16/6/2025), all in force from 1/7/2025.',
  ].join('\n')}\n`;

/** The short README of data/lineage/ and data/boundaries/, pointing at the full one. */
export const pointerReadmeText = (folder: string): string =>
  `${[
    `# data/${folder}/`,
    '',
    'Generated by `scripts/derive-units.ts`; do not edit by hand (không sửa tay).',
    'Sources, how to add a province, credits and licence notices: [../units/README.md](../units/README.md).',
  ].join('\n')}\n`;

// ---------------------------------------------------------------------------------------------------
// Command line
// ---------------------------------------------------------------------------------------------------

/** Parsed command line. */
export interface CliOptions {
  source: string;
  out: string;
  provinces: string[];
}

const USAGE = 'usage: node scripts/derive-units.ts [--source DIR] [--out DIR] [PROVINCE_CODE ...]';

/** Reads the arguments; unknown flags and malformed or unknown province codes throw. */
export const parseArgs = (argv: readonly string[], defaults: { source: string; out: string }): CliOptions => {
  const opts: CliOptions = { ...defaults, provinces: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--') ? [arg.split('=')[0]!, arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : undefined] : [arg, undefined];
    if (flag === '--source' || flag === '--out') {
      const value = inline ?? argv[++i];
      if (!value) throw new Error(`${flag} needs a folder\n${USAGE}`);
      opts[flag === '--source' ? 'source' : 'out'] = value;
    } else if (/^\d{1,2}$/.test(arg)) {
      opts.provinces.push(arg.padStart(2, '0'));
    } else {
      throw new Error(`unexpected argument "${arg}"\n${USAGE}`);
    }
  }
  const unknown = opts.provinces.filter((c) => !KNOWN_PROVINCES.includes(c));
  if (unknown.length > 0) {
    throw new Error(`unknown current province code(s): ${unknown.join(', ')}; known: ${KNOWN_PROVINCES.join(' ')}`);
  }
  if (opts.provinces.length === 0) opts.provinces = [...DEFAULT_PROVINCES];
  opts.provinces = [...new Set(opts.provinces)].sort(cmp);
  return opts;
};

// ---------------------------------------------------------------------------------------------------
// File I/O
// ---------------------------------------------------------------------------------------------------

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

const readJson = <T>(dir: string, file: string): T => {
  const path = join(dir, file);
  if (!existsSync(path)) throw new Error(`missing source file ${path}`);
  return JSON.parse(readFileSync(path, 'utf8')) as T;
};

const expectList = (value: unknown, file: string): void => {
  if (!Array.isArray(value)) throw new Error(`${file} does not have the expected shape (a list)`);
};

/** Reads and shape-checks the four JSON sources. */
export const loadSources = (dir: string): Sources => {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new Error(`source folder not found: ${dir}\n(pass --source DIR; the default is ../shared/data/admin-units relative to the repository)`);
  }
  const sources: Sources = {
    current: readJson(dir, SOURCE_FILES.current),
    old: readJson(dir, SOURCE_FILES.old),
    splits: readJson(dir, SOURCE_FILES.splits),
    merges: readJson(dir, SOURCE_FILES.merges),
  };
  expectList(sources.current, SOURCE_FILES.current);
  expectList(sources.old, SOURCE_FILES.old);
  expectList(sources.splits.data, SOURCE_FILES.splits);
  expectList(sources.merges.data, SOURCE_FILES.merges);
  return sources;
};

/** The communes outline file of a province in the source, if there is one. */
const communesOutlineFile = (sourceDir: string, code: string): string | undefined => {
  const dir = join(sourceDir, SOURCE_FILES.boundaries);
  if (!existsSync(dir)) return undefined;
  const name = readdirSync(dir)
    .sort(cmp)
    .find((f) => f.startsWith(`communes-${code}_`) && f.endsWith('.topojson'));
  return name === undefined ? undefined : join(dir, name);
};

/** One file to write: path relative to the out folder, text, and a description for the log. */
interface Output {
  path: string;
  text: string;
  what: string;
}

const readLicence = (sourceDir: string, file: string, work: string): Licence => {
  const path = join(sourceDir, file);
  if (!existsSync(path)) throw new Error(`missing licence file ${path} (its notice must be reproduced)`);
  return { work, text: readFileSync(path, 'utf8') };
};

const countBy = <T>(items: readonly T[], key: (t: T) => string): string =>
  [...Map.groupBy(items, key)].map(([k, v]) => `${v.length} ${k}`).join(', ');

const describeUnits = (rows: readonly UnitCells[]): string =>
  `${rows.length} rows: current ${countBy(rows.filter((r) => !r.valid_to), (r) => r.level)}; old ${countBy(rows.filter((r) => r.valid_to), (r) => r.level)}`;

const describeLineage = (rows: readonly LineageCells[]): string =>
  `${rows.length} rows: ${countBy(rows, (r) => (r.old_code.length === 2 ? 'province edges' : r.old_code.length === 3 ? 'district edges' : `${r.kind} commune edges`))}`;

/** Outputs and notes for the outlines: all provinces, and communes of each requested province that has them. */
const outlineOutputs = (opts: CliOptions, ix: SourceIndex, results: readonly ProvinceResult[]): { outputs: Output[]; notes: string[] } => {
  const provinces = reduceTopology(readJson<Topology>(opts.source, SOURCE_FILES.provinces), 'provinces');
  const expected = new Map([...ix.current.values()].map((p) => [p.Code, p.Name]));
  const notes = outlineProblems(provinces, 'provinces', expected, 'provinces.topojson');
  const outputs: Output[] = [{ path: 'boundaries/provinces.topojson', text: topologyText(provinces), what: `${provinces.objects['provinces']!.geometries.length} province outlines` }];
  for (const r of results) {
    const file = communesOutlineFile(opts.source, r.code);
    if (!file) {
      notes.push(`${r.code}: no commune outlines in the source; skipped`);
      continue;
    }
    const topo = reduceTopology(JSON.parse(readFileSync(file, 'utf8')) as Topology, 'communes');
    const wards = new Map(ix.current.get(r.code)!.Wards.map((w) => [w.Code, w.Name]));
    const path = `boundaries/communes-${r.slug}.topojson`;
    notes.push(...outlineProblems(topo, 'communes', wards, path));
    outputs.push({ path, text: topologyText(topo), what: `${topo.objects['communes']!.geometries.length} commune outlines` });
  }
  return { outputs, notes };
};

const provinceOutputs = (r: ProvinceResult): Output[] => [
  { path: `units/${r.slug}.csv`, text: toCsv(r.units, UNIT_COLUMNS), what: describeUnits(r.units) },
  { path: `lineage/${r.slug}.csv`, text: toCsv(r.lineage, LINEAGE_COLUMNS), what: describeLineage(r.lineage) },
];

const readmeOutputs = (sourceDir: string): Output[] => [
  {
    path: 'units/README.md',
    text: readmeText(
      readLicence(sourceDir, SOURCE_FILES.licenceUnits, 'thanglequoc/vietnamese-provinces-database'),
      readLicence(sourceDir, SOURCE_FILES.licenceLineage, 'dvhcvn/20250701'),
    ),
    what: 'README',
  },
  { path: 'lineage/README.md', text: pointerReadmeText('lineage'), what: 'README' },
  { path: 'boundaries/README.md', text: pointerReadmeText('boundaries'), what: 'README' },
];

const kB = (text: string): string => `${(Buffer.byteLength(text) / 1024).toFixed(1)} kB`;

const writeOutputs = (outDir: string, outputs: readonly Output[]): void => {
  for (const o of outputs) {
    const path = join(outDir, o.path);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, o.text);
    console.log(`  wrote ${relative(process.cwd(), path) || path}  (${o.what}; ${kB(o.text)})`);
  }
};

const printNotes = (title: string, notes: readonly string[]): void => {
  console.log(notes.length === 0 ? `${title}: nothing to report` : `${title}: ${notes.length} note(s)`);
  for (const n of notes) console.log(`  - ${n}`);
};

/** Derives everything for the requested provinces and writes it; throws before writing if any row is invalid. */
export const run = (opts: CliOptions): void => {
  const ix = indexSources(loadSources(opts.source));
  const missing = opts.provinces.filter((c) => !ix.current.has(c));
  if (missing.length > 0) throw new Error(`province code(s) not in ${SOURCE_FILES.current}: ${missing.join(', ')}`);
  const results = opts.provinces.map((c) => deriveProvince(ix, c));
  const problems = results.flatMap((r) => r.problems);
  if (problems.length > 0) throw new Error(`nothing written; ${problems.length} invalid row(s):\n${problems.join('\n')}`);
  const outlines = outlineOutputs(opts, ix, results);
  const readmes = readmeOutputs(opts.source);
  for (const r of results) {
    console.log(`${r.code} ${r.name} ← old ${r.oldProvinces.map((p) => `${p.Code} ${p.Name}`).join(', ')}`);
    writeOutputs(opts.out, provinceOutputs(r));
    printNotes(`  ${r.slug} source check`, r.notes);
  }
  console.log('outlines and READMEs');
  writeOutputs(opts.out, [...outlines.outputs, ...readmes]);
  printNotes('  outline check', outlines.notes);
};

/** Entry point: parses argv, runs, and turns any error into a message and exit code 1. */
export const main = (argv: readonly string[]): number => {
  try {
    const defaults = { source: resolve(REPO_ROOT, '../shared/data/admin-units'), out: resolve(REPO_ROOT, 'data') };
    const opts = parseArgs(argv, defaults);
    run({ ...opts, source: resolve(opts.source), out: resolve(opts.out) });
    return 0;
  } catch (e) {
    console.error(`derive-units: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
};

const invokedDirectly = (): boolean => {
  const script = process.argv[1];
  return script !== undefined && existsSync(script) && realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
};

if (invokedDirectly()) process.exitCode = main(process.argv.slice(2));
