/**
 * Administrative units and their lineage. A unit is identified by its GSO code *and* its validity
 * period: codes were reused by the 1/7/2025 reform (29489 was Xã Hàm Tân, Trà Cú; it is now Xã Hàm
 * Giang, Vĩnh Long). Files under data/units/ and data/lineage/ are written by scripts/derive-units.ts.
 */
import { z } from 'astro/zod';
import { code, isoDate, oneOf, optional, optionalText, text, unitCode } from './fields.ts';

/** Unit kinds as written in Vietnamese law. */
export const UNIT_KINDS = [
  'tỉnh',
  'thành phố',
  'quận',
  'huyện',
  'thị xã',
  'xã',
  'phường',
  'thị trấn',
  'đặc khu',
] as const;

/** The tier of a unit: province; district (only before 1/7/2025); commune, ward or special zone. */
export const UNIT_LEVELS = ['province', 'district', 'commune'] as const;
export type UnitLevel = (typeof UNIT_LEVELS)[number];

/** Columns of data/units/*.csv. */
export const unitRow = z.object({
  /** GSO code: 2 digits (province), 3 (district), 5 (commune). */
  code: unitCode(),
  /** Name without the kind, e.g. "Hàm Giang". */
  name: text(),
  /** Kind, e.g. "xã". */
  kind: oneOf(UNIT_KINDS),
  /** Tier. */
  level: oneOf(UNIT_LEVELS),
  /** Code of the unit above, valid over the same period; blank for provinces. */
  parent_code: optional(unitCode()),
  /** First day in force; blank when earlier than the records kept. */
  valid_from: optional(isoDate()),
  /** Last day in force; blank while in force. */
  valid_to: optional(isoDate()),
  /** The decision that created or last reorganised it. */
  source: optionalText(),
});
export type UnitRow = z.output<typeof unitRow>;

/** Columns of data/lineage/*.csv: one row per (old unit → new unit) edge. */
export const lineageRow = z.object({
  /** Code of the unit before the change (resolved on the day before `date`). */
  old_code: unitCode(),
  /** Code of the unit after the change (resolved on `date`). */
  new_code: unitCode(),
  /** Day the change took effect. */
  date: isoDate(),
  /** full: the whole old unit went into the new one; partial: a part of it did. */
  kind: oneOf(['full', 'partial'] as const),
  /** The resolution that made the change, e.g. 1687/NQ-UBTVQH15. */
  resolution: text(),
});
export type LineageRow = z.output<typeof lineageRow>;

/** Two-digit province code; also used to name the per-province data files. */
export const provinceCode = () => code(2);
