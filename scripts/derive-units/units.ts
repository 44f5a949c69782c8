/**
 * Rows of data/units/P-slug.csv: the current province and its communes since 1/7/2025, and the old
 * provinces, districts and communes that went into it, valid until 30/6/2025.
 */
import { slugify } from '../../src/lib/text/fold.ts';
import { UNIT_KINDS, unitRow, type UnitLevel } from '../../src/schemas/unit.ts';
import { cmp, cmpCode } from './compare.ts';
import { LAST_OLD_DAY, PROVINCE_RESOLUTION, REFORM_DAY } from './resolutions.ts';
import type { CurrentProvince, OldDistrict, OldProvince, SourceUnit } from './sources.ts';

type UnitKind = (typeof UNIT_KINDS)[number];
type UnitColumn = keyof typeof unitRow.shape;

/** One data/units row as written: every cell a string, blank for "none". */
export type UnitCells = Record<UnitColumn, string>;

/** Columns of data/units/*.csv, in the schema's order. */
export const UNIT_COLUMNS = Object.keys(unitRow.shape) as UnitColumn[];

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

/** Units ordered by code (2-digit provinces, then districts, then communes), older unit first on a reused code. */
export const sortUnits = (rows: readonly UnitCells[]): UnitCells[] =>
  [...rows].sort(
    (a, b) =>
      cmpCode(a.code, b.code) ||
      // Blank valid_from means "before our records", so it sorts first.
      cmp(a.valid_from, b.valid_from),
  );
